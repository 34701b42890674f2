package org.courtguide.safety;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Where the safety routing rules come from. */
@ConfigMapping(prefix = "court-guide.safety")
public interface SafetyConfig {

    /**
     * The routing rules file (YAML, see {@code docs/safety-and-privacy.md}). Kept outside the code so that the rules can
     * be reviewed and extended without a release. When the file does not exist, the copy the build packages on the
     * classpath ({@code safety/routing-rules.yaml}) is used.
     */
    @WithDefault("knowledge/rules/safety/routing-rules.yaml")
    Path rules();
}
