package org.courtguide.staff;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Writes the audit trail. Mandatory transaction: an action and its audit event commit or roll back together. */
@ApplicationScoped
public class AuditLog {

    /** One event as the audit page and the API show it. */
    public record Entry(Instant at, String actor, AuditEvent.Action action, AuditEvent.Subject subjectType,
            String subjectId, String detail) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, AuditEvent.Action action, AuditEvent.Subject subject, String subjectId,
            String detail) {
        AuditEvent event = new AuditEvent();
        event.actor = actor;
        event.action = action;
        event.subjectType = subject;
        event.subjectId = subjectId;
        event.detail = detail;
        event.createdAt = Instant.now();
        event.persist();
    }

    /** The most recent events, newest first. */
    @Transactional
    public List<Entry> latest(int max) {
        return AuditEvent.latest(max).stream()
                .map(e -> new Entry(e.createdAt, e.actor, e.action, e.subjectType, e.subjectId, e.detail)).toList();
    }
}
