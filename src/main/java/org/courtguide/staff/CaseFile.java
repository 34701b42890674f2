package org.courtguide.staff;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.courtguide.triage.CaseStatus;

/** Everything a mediator sees on one case: the case, what the person sent, the notes, the history, what comes next. */
public record CaseFile(CaseItem item, String summaryJson, List<Note> notes, List<HistoryEntry> history,
        Set<CaseStatus> nextStatuses) {

    /** One note. */
    public record Note(String author, String body, Instant createdAt) {
    }

    /** One audited action on the case. */
    public record HistoryEntry(Instant at, String actor, AuditEvent.Action action, String detail) {
    }
}
