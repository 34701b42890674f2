package org.courtguide.staff;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.courtguide.cases.CaseStatus;

/**
 * Everything a mediator sees on one case: the case, what the person sent (the stored summary as a JSON object:
 * {@code language}, {@code redacted}, {@code lines[]} of label and value), the notes, the contact log, the history and
 * what comes next.
 */
public record CaseFile(
        CaseItem item,
        JsonNode summary,
        List<Note> notes,
        List<Contact> contacts,
        List<HistoryEntry> history,
        Set<CaseStatus> nextStatuses) {

    /** One note. */
    public record Note(String author, String body, Instant createdAt) {}

    /** One attempt to reach the person. */
    public record Contact(
            String author,
            ContactAttempt.Channel channel,
            ContactAttempt.Outcome outcome,
            String nextAction,
            LocalDate followUp,
            Instant createdAt) {}

    /** One audited action on the case. */
    public record HistoryEntry(Instant at, String actor, AuditEvent.Action action, String detail) {}
}
