package org.courtguide.staff;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The staff workspace. Sign-in itself is configured through {@code quarkus.oidc.*} (see application.properties); these
 * are the workspace's own settings.
 */
@ConfigMapping(prefix = "court-guide.staff")
public interface StaffConfig {

    /**
     * Token that scripts may send in {@code X-Staff-Token} to read answer traces without signing in; without one
     * configured only signed-in admins can. Kept for tools written before staff sign-in existed.
     */
    Optional<String> apiToken();

    /** How many cases one queue page lists, newest urgent first. */
    @WithDefault("100")
    int queueSize();

    /** How many audit events the audit page lists, newest first. */
    @WithDefault("200")
    int auditSize();

    /** The longest note a mediator can add, in characters. */
    @WithDefault("2000")
    int noteMaxLength();

    /**
     * Keycloak's admin REST base for the realm, e.g. {@code http://kc:8080/admin/realms/court-guide}. Derived from
     * {@code quarkus.oidc.auth-server-url} when absent. The app's client reads users through its service account
     * (realm-management {@code view-users} and {@code view-realm}).
     */
    Optional<String> keycloakAdminUrl();
}
