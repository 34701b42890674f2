package org.courtguide.staff;

import java.util.Locale;
import java.util.Optional;

/**
 * What a mediator narrows the queue to and how she orders it. Empty values mean "any"; finished cases (resolved,
 * referred, closed) are left out unless asked for. Pages count from 1.
 */
public record QueueFilter(
        Optional<String> disputeType,
        Optional<String> urgency,
        Optional<Integer> waitingDays,
        boolean includeFinished,
        Optional<String> search,
        Scope scope,
        boolean overdueOnly,
        Sort sort,
        boolean descending,
        int page) {

    /** Whose cases. */
    public enum Scope {
        ALL,
        MINE,
        UNASSIGNED;

        static Scope parse(String value) {
            return value == null || value.isBlank()
                    ? ALL
                    : valueOf(value.strip().toUpperCase(Locale.ROOT));
        }
    }

    /** The columns the queue sorts by; {@code PRIORITY} is safety first, then urgent, then the longest waiting. */
    public enum Sort {
        PRIORITY,
        REFERENCE,
        TYPE,
        URGENCY,
        STATUS,
        ASSIGNED,
        RECEIVED;

        static Sort parse(String value) {
            return value == null || value.isBlank()
                    ? PRIORITY
                    : valueOf(value.strip().toUpperCase(Locale.ROOT));
        }
    }

    public QueueFilter {
        page = Math.max(1, page);
    }

    static QueueFilter of(String disputeType, String urgency, Integer waitingDays, boolean includeFinished) {
        return new QueueFilter(
                blankToEmpty(disputeType),
                blankToEmpty(urgency),
                Optional.ofNullable(waitingDays).filter(d -> d > 0),
                includeFinished,
                Optional.empty(),
                Scope.ALL,
                false,
                Sort.PRIORITY,
                false,
                1);
    }

    QueueFilter searching(String text) {
        return new QueueFilter(
                disputeType,
                urgency,
                waitingDays,
                includeFinished,
                blankToEmpty(text),
                scope,
                overdueOnly,
                sort,
                descending,
                page);
    }

    QueueFilter scoped(Scope newScope, boolean overdue) {
        return new QueueFilter(
                disputeType, urgency, waitingDays, includeFinished, search, newScope, overdue, sort, descending, page);
    }

    QueueFilter sorted(Sort newSort, boolean desc) {
        return new QueueFilter(
                disputeType, urgency, waitingDays, includeFinished, search, scope, overdueOnly, newSort, desc, page);
    }

    QueueFilter onPage(int newPage) {
        return new QueueFilter(
                disputeType,
                urgency,
                waitingDays,
                includeFinished,
                search,
                scope,
                overdueOnly,
                sort,
                descending,
                newPage);
    }

    private static Optional<String> blankToEmpty(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
