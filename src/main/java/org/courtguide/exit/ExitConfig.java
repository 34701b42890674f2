package org.courtguide.exit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where "Exit" takes people. */
@ConfigMapping(prefix = "court-guide.exit")
public interface ExitConfig {

    /** A neutral page to land on after exit; a court may point this at a neutral public site. */
    @WithDefault("/left")
    String redirectUrl();
}
