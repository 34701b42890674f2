package org.courtguide.staff;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

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

    /** How many cases one queue page lists; the queue says how many there are in all and pages through them. */
    @WithDefault("50")
    int queueSize();

    /** How many audit events one audit page lists, newest first. */
    @WithDefault("200")
    int auditSize();

    /** The centre's time zone: every time on the staff pages is local time there. */
    @WithDefault("Asia/Shanghai")
    ZoneId timeZone();

    /**
     * A mediator reopening a case she viewed or changed within this time is not recorded again, so the history shows
     * work, not page loads.
     */
    @WithDefault("PT30M")
    Duration viewFoldWindow();

    /** A finished case (resolved, referred, closed) is deleted this long after it finished. */
    @WithDefault("P180D")
    Duration finishedCaseRetention();

    /** How often the retention job looks for finished cases past their retention period. */
    @WithDefault("1h")
    String purgeEvery();

    /** The time to the first contact with the person, per urgency; past it, a case without contact is overdue. */
    FirstContact firstContact();

    /** Time to first contact per urgency. */
    interface FirstContact {
        @WithDefault("PT2H")
        Duration safety();

        @WithDefault("PT24H")
        Duration urgent();

        @WithDefault("PT72H")
        Duration normal();

        default Duration of(String urgency) {
            return switch (urgency == null ? "" : urgency) {
                case "safety" -> safety();
                case "urgent" -> urgent();
                default -> normal();
            };
        }
    }

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
