package org.courtguide.staff;

import java.time.Instant;
import org.courtguide.cases.CaseStatus;
import org.courtguide.cases.TriageCase;

/**
 * A case as the queue and the API show it (never the entity itself, never the withdrawal secret's hash).
 * {@code contactDue} is when the first contact is due, while nobody has reached out yet; {@code overdue} once past it.
 */
public record CaseItem(
        String id,
        String reference,
        String language,
        String disputeType,
        String urgency,
        String suggestedPath,
        CaseStatus status,
        String assignedTo,
        Instant createdAt,
        Instant updatedAt,
        long version,
        Instant contactDue,
        boolean overdue) {

    static CaseItem of(TriageCase c, StaffConfig.FirstContact deadlines, Instant now) {
        Instant due = c.firstContactAt == null && c.status.isOpen() ? c.createdAt.plus(deadlines.of(c.urgency)) : null;
        return new CaseItem(
                c.id,
                c.reference,
                c.language,
                c.disputeType,
                c.urgency,
                c.suggestedPath,
                c.status,
                c.assignedTo,
                c.createdAt,
                c.updatedAt,
                c.version,
                due,
                due != null && now.isAfter(due));
    }
}
