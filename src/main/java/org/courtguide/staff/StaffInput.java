package org.courtguide.staff;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.courtguide.Language;
import org.courtguide.cases.CaseStatus;
import org.courtguide.web.BadRequestException;

/**
 * Reads what staff pages and the staff API are sent: filters, page numbers, statuses and dates. Anything unreadable is
 * a 400 with a message in the user's language that says which value, never a 404 or a server error.
 */
@ApplicationScoped
public class StaffInput {

    private final StaffConfig config;

    StaffInput(StaffConfig config) {
        this.config = config;
    }

    /** Empty for "any"; otherwise a whole number of days from 1 to 3650. */
    Integer waitingDays(String value, Language language) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int days = Integer.parseInt(value.strip());
            if (days >= 0 && days <= 3650) {
                return days;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BadRequestException("invalid_waiting", m(language).invalid_waiting(), language);
    }

    int page(String value, Language language) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            int page = Integer.parseInt(value.strip());
            if (page >= 1) {
                return page;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BadRequestException("invalid_page", m(language).invalid_page(), language);
    }

    QueueFilter.Scope scope(String value, Language language) {
        try {
            return QueueFilter.Scope.parse(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("invalid_filter", m(language).invalid_filter(), language);
        }
    }

    QueueFilter.Sort sort(String value, Language language) {
        try {
            return QueueFilter.Sort.parse(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("invalid_filter", m(language).invalid_filter(), language);
        }
    }

    CaseStatus status(String value, Language language) {
        try {
            return CaseStatus.valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("unknown_status", m(language).unknown_status(), language);
        }
    }

    /** The version a change was based on; a change without it cannot be checked for conflicts, so it is refused. */
    long version(Long value, Language language) {
        if (value == null) {
            throw new BadRequestException("missing_version", m(language).missing_version(), language);
        }
        return value;
    }

    /** Dates are days in the centre's time zone; {@code to} includes its whole day. */
    AuditLog.Query auditQuery(String actor, String subject, String from, String to, String page, Language language) {
        // case references are upper case however they are typed; trace ids and report numbers stay as they are
        return new AuditLog.Query(
                text(actor),
                text(subject)
                        .map(s -> s.regionMatches(true, 0, "CG-", 0, 3) ? s.toUpperCase(java.util.Locale.ROOT) : s),
                date(from, language).map(this::startOf),
                date(to, language).map(d -> startOf(d.plusDays(1))),
                page(page, language));
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(config.timeZone()).toInstant();
    }

    private Optional<LocalDate> date(String value, Language language) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new BadRequestException("invalid_date", m(language).invalid_date(), language);
        }
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static StaffMessages m(Language language) {
        return MessageBundles.get(StaffMessages.class, Localized.Literal.of(language.code()));
    }
}
