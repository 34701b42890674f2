package org.courtguide.staff;

import java.util.Optional;

/**
 * What a mediator narrows the queue to. Empty values mean "any"; finished cases (resolved, referred, closed) are left
 * out unless asked for.
 */
public record QueueFilter(Optional<String> disputeType, Optional<String> urgency, Optional<Integer> waitingDays,
        boolean includeFinished) {

    static QueueFilter of(String disputeType, String urgency, Integer waitingDays, boolean includeFinished) {
        return new QueueFilter(blankToEmpty(disputeType), blankToEmpty(urgency),
                Optional.ofNullable(waitingDays).filter(d -> d > 0), includeFinished);
    }

    private static Optional<String> blankToEmpty(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
