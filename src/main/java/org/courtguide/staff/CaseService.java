package org.courtguide.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.courtguide.staff.AuditEvent.Action;
import org.courtguide.staff.AuditEvent.Subject;
import org.courtguide.staff.StaffActionException.Reason;
import org.courtguide.triage.CaseStatus;
import org.courtguide.triage.TriageCase;

import io.quarkus.panache.common.Parameters;

/**
 * What mediators do with cases. Every method that shows or changes a case records who did it in the same
 * transaction. Changes carry the version the mediator saw, so acting on a stale page is a conflict, not an overwrite.
 */
@ApplicationScoped
public class CaseService {

    private final AuditLog audit;
    private final StaffConfig config;

    CaseService(AuditLog audit, StaffConfig config) {
        this.audit = audit;
        this.config = config;
    }

    /** The working queue: safety concerns first, then urgent, then the longest waiting. Listing is not audited. */
    @Transactional
    public List<CaseItem> queue(QueueFilter filter) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (!filter.includeFinished()) {
            where.append(" and status in :open");
            params.and("open", EnumSet.of(CaseStatus.NEW, CaseStatus.CONTACTED, CaseStatus.IN_MEDIATION));
        }
        filter.disputeType().ifPresent(t -> {
            where.append(" and disputeType = :type");
            params.and("type", t);
        });
        filter.urgency().ifPresent(u -> {
            where.append(" and urgency = :urgency");
            params.and("urgency", u);
        });
        filter.waitingDays().ifPresent(d -> {
            where.append(" and createdAt <= :before");
            params.and("before", Instant.now().minus(Duration.ofDays(d)));
        });
        where.append(" order by case urgency when 'safety' then 0 when 'urgent' then 1 else 2 end, createdAt, id");
        List<TriageCase> cases = TriageCase.find(where.toString(), params).page(0, config.queueSize()).list();
        return cases.stream().map(CaseItem::of).toList();
    }

    /** The dispute types that occur, for the queue's filter. */
    @Transactional
    public List<String> disputeTypes() {
        return TriageCase.getEntityManager()
                .createQuery("select distinct c.disputeType from TriageCase c order by c.disputeType", String.class)
                .getResultList();
    }

    /** Opens a case: audited as a view. */
    @Transactional
    public CaseFile open(String id, String actor) {
        TriageCase c = find(id);
        audit.record(actor, Action.VIEW_CASE, Subject.CASE, c.reference, null);
        return file(c);
    }

    /** Assigns the case to the acting mediator (also taking it over from a colleague). */
    @Transactional
    public CaseItem assignToSelf(String id, long seenVersion, String actor) {
        TriageCase c = findCurrent(id, seenVersion);
        c.assignedTo = actor;
        c.updatedAt = Instant.now();
        audit.record(actor, Action.ASSIGN, Subject.CASE, c.reference, actor);
        return CaseItem.of(flush(c));
    }

    @Transactional
    public CaseItem changeStatus(String id, long seenVersion, CaseStatus target, String actor) {
        TriageCase c = findCurrent(id, seenVersion);
        if (!CaseWorkflow.allowed(c.status, target)) {
            throw new StaffActionException(Reason.TRANSITION_NOT_ALLOWED, c.status, target);
        }
        CaseStatus from = c.status;
        c.status = target;
        c.updatedAt = Instant.now();
        audit.record(actor, Action.CHANGE_STATUS, Subject.CASE, c.reference, from + " -> " + target);
        return CaseItem.of(flush(c));
    }

    /** Adds a note. Notes do not change the case, so they need no version: two mediators may both write one. */
    @Transactional
    public CaseFile.Note addNote(String id, String text, String actor) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new StaffActionException(Reason.NOTE_EMPTY);
        }
        if (body.length() > config.noteMaxLength()) {
            throw new StaffActionException(Reason.NOTE_TOO_LONG);
        }
        TriageCase c = find(id);
        CaseNote note = new CaseNote();
        note.caseId = c.id;
        note.author = actor;
        note.body = body;
        note.createdAt = Instant.now();
        note.persist();
        audit.record(actor, Action.ADD_NOTE, Subject.CASE, c.reference, null);
        return new CaseFile.Note(note.author, note.body, note.createdAt);
    }

    private static TriageCase find(String id) {
        TriageCase c = id == null ? null : TriageCase.findById(id);
        if (c == null) {
            throw new NotFoundException();
        }
        return c;
    }

    private static TriageCase findCurrent(String id, long seenVersion) {
        TriageCase c = find(id);
        if (c.version != seenVersion) {
            throw new StaffActionException(Reason.CONFLICT);
        }
        return c;
    }

    /** Flushes now so that a concurrent change surfaces here as a conflict, not later at commit as a server error. */
    private static TriageCase flush(TriageCase c) {
        try {
            TriageCase.getEntityManager().flush();
        } catch (OptimisticLockException e) {
            throw new StaffActionException(Reason.CONFLICT);
        }
        return c;
    }

    private static CaseFile file(TriageCase c) {
        List<CaseFile.Note> notes = CaseNote.ofCase(c.id).stream()
                .map(n -> new CaseFile.Note(n.author, n.body, n.createdAt)).toList();
        List<CaseFile.HistoryEntry> history = AuditEvent.ofSubject(Subject.CASE, c.reference).stream()
                .map(e -> new CaseFile.HistoryEntry(e.createdAt, e.actor, e.action, e.detail)).toList();
        return new CaseFile(CaseItem.of(c), c.summaryJson, notes, history, CaseWorkflow.next(c.status));
    }
}
