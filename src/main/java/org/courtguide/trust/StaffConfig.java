package org.courtguide.trust;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Access to the internal trace API until staff sign in through Keycloak. */
@ConfigMapping(prefix = "court-guide.staff")
public interface StaffConfig {

    /** Token staff tools send in {@code X-Staff-Token}; without one configured the internal API does not exist. */
    Optional<String> apiToken();
}
