package org.courtguide.staff;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Writes the audit trail. Mandatory transaction: an action and its audit event commit or roll back together. */
@ApplicationScoped
public class AuditLog {

    /** The actor of a withdrawal: the person who sent the case (never named). Not a possible user name. */
    public static final String PERSON = "#person";
    /** The actor of the retention job. */
    public static final String SYSTEM = "#retention";
    /** The actor of a script holding the legacy staff API token. */
    public static final String API_TOKEN = "#api-token";

    /** One event as the audit page and the API show it. */
    public record Entry(
            Instant at,
            String actor,
            AuditEvent.Action action,
            AuditEvent.Subject subjectType,
            String subjectId,
            String detail) {}

    /** What an auditor narrows the trail to; empty means any. {@code to} is exclusive. Pages count from 1. */
    public record Query(
            Optional<String> actor,
            Optional<String> subjectId,
            Optional<Instant> from,
            Optional<Instant> to,
            int page) {

        public static Query all() {
            return new Query(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 1);
        }
    }

    /** One page of events, newest first, and how many match in all. */
    public record Page(List<Entry> entries, long total, int page, int pageSize) {
        public int pageCount() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }

        public boolean hasNext() {
            return page < pageCount();
        }

        public boolean hasPrevious() {
            return page > 1;
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(
            String actor, AuditEvent.Action action, AuditEvent.Subject subject, String subjectId, String detail) {
        AuditEvent event = new AuditEvent();
        event.actor = actor;
        event.action = action;
        event.subjectType = subject;
        event.subjectId = subjectId;
        event.detail = detail == null || detail.length() <= 200 ? detail : detail.substring(0, 200);
        event.createdAt = Instant.now();
        event.persist();
    }

    /** The most recent events, newest first. */
    @Transactional
    public List<Entry> latest(int max) {
        return AuditEvent.latest(max).stream().map(AuditLog::entry).toList();
    }

    /** One page of the events matching the query, newest first; {@code pageSize} at most 10,000 (the CSV export). */
    @Transactional
    public Page search(Query query, int pageSize) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        query.actor().ifPresent(a -> {
            where.append(" and actor = :actor");
            params.and("actor", a);
        });
        query.subjectId().ifPresent(s -> {
            where.append(" and subjectId = :subject");
            params.and("subject", s);
        });
        query.from().ifPresent(f -> {
            where.append(" and createdAt >= :from");
            params.and("from", f);
        });
        query.to().ifPresent(t -> {
            where.append(" and createdAt < :to");
            params.and("to", t);
        });
        long total = AuditEvent.count(where.toString(), params);
        List<Entry> entries = AuditEvent.<AuditEvent>find(where + " order by createdAt desc, id desc", params)
                .page(query.page() - 1, pageSize)
                .list()
                .stream()
                .map(AuditLog::entry)
                .toList();
        return new Page(entries, total, query.page(), pageSize);
    }

    private static Entry entry(AuditEvent e) {
        return new Entry(e.createdAt, e.actor, e.action, e.subjectType, e.subjectId, e.detail);
    }
}
