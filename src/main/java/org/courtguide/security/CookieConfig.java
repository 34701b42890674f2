package org.courtguide.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Set;

/** How cookies leave the server. */
@ConfigMapping(prefix = "court-guide.cookies")
public interface CookieConfig {

    /** Mark every cookie {@code Secure}: on in production (HTTPS); off for plain-http development and tests. */
    @WithDefault("false")
    boolean secure();

    /** Paths that must leave no cookie behind (Exit and its neutral landing page); expiring cookies still pass. */
    @WithDefault("/exit,/left")
    Set<String> cookieFreePaths();
}
