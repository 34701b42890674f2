package org.courtguide.staff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.panache.common.Parameters;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.courtguide.cases.CaseStatus;
import org.courtguide.cases.TriageCase;
import org.courtguide.staff.AuditEvent.Action;
import org.courtguide.staff.AuditEvent.Subject;
import org.courtguide.staff.StaffActionException.Reason;
import org.jboss.logging.Logger;

/**
 * What mediators do with cases. Every method that shows or changes a case records who did it in the same
 * transaction. Changes carry the version the mediator saw, so acting on a stale page is a conflict, not an overwrite.
 */
@ApplicationScoped
public class CaseService {

    private static final Logger LOG = Logger.getLogger(CaseService.class);
    private static final EnumSet<CaseStatus> OPEN =
            EnumSet.of(CaseStatus.NEW, CaseStatus.CONTACTED, CaseStatus.IN_MEDIATION);
    /** What a reference looks like as it is typed: CG-7K3M-9Q2X, or its beginning. */
    private static final java.util.regex.Pattern REFERENCE_SHAPE =
            java.util.regex.Pattern.compile("CG-[0-9A-Z]{1,4}(-[0-9A-Z]{0,4})?");

    private static final String PRIORITY =
            "case when urgency = 'safety' then 0 when urgency = 'urgent' then 1 " + "else 2 end, createdAt, id";

    /** A contact attempt as a mediator records it. */
    public record NewContact(String channel, String outcome, String nextAction, String followUp) {}

    private final AuditLog audit;
    private final StaffConfig config;
    private final ObjectMapper json;

    CaseService(AuditLog audit, StaffConfig config, ObjectMapper json) {
        this.audit = audit;
        this.config = config;
        this.json = json;
    }

    /** One page of the working queue and the number of matching cases. Listing is not audited. */
    @Transactional
    public QueuePage queue(QueueFilter filter, String viewer) {
        Instant now = Instant.now();
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (!filter.includeFinished()) {
            where.append(" and status in :open");
            params.and("open", OPEN);
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
            params.and("before", now.minus(Duration.ofDays(d)));
        });
        filter.search().ifPresent(text -> {
            String upper = text.toUpperCase(Locale.ROOT);
            if (REFERENCE_SHAPE.matcher(upper).matches()) {
                // a reference (or its start): the short indexed column only, not every summary
                where.append(" and reference like :ref escape '!'");
                params.and("ref", likeEscaped(upper) + "%");
            } else {
                // the reference, or anything in the summary the person agreed to send (name, phone, email, words)
                where.append(
                        " and (upper(reference) like :ref escape '!' or lower(summaryJson) like :text escape '!')");
                params.and("ref", "%" + likeEscaped(upper) + "%");
                params.and("text", "%" + likeEscaped(searchable(text)) + "%");
            }
        });
        switch (filter.scope()) {
            case MINE -> {
                where.append(" and assignedTo = :viewer");
                params.and("viewer", viewer);
            }
            case UNASSIGNED -> where.append(" and assignedTo is null");
            case ALL -> {}
        }
        if (filter.overdueOnly()) {
            where.append(" and firstContactAt is null and status in :openForDue and ("
                    + "(urgency = 'safety' and createdAt < :dueSafety) or (urgency = 'urgent' and createdAt < :dueUrgent)"
                    + " or (urgency <> 'safety' and urgency <> 'urgent' and createdAt < :dueNormal))");
            StaffConfig.FirstContact due = config.firstContact();
            params.and("openForDue", OPEN)
                    .and("dueSafety", now.minus(due.safety()))
                    .and("dueUrgent", now.minus(due.urgent()))
                    .and("dueNormal", now.minus(due.normal()));
        }
        long total = TriageCase.count(where.toString(), params);
        int size = config.queueSize();
        List<TriageCase> cases = TriageCase.find(where + " order by " + order(filter), params)
                .page(filter.page() - 1, size)
                .list();
        return new QueuePage(cases.stream().map(c -> item(c, now)).toList(), total, filter.page(), size);
    }

    private static String order(QueueFilter filter) {
        String dir = filter.descending() ? " desc" : "";
        return switch (filter.sort()) {
            case PRIORITY -> PRIORITY;
            case REFERENCE -> "reference" + dir;
            case TYPE -> "disputeType" + dir + ", createdAt, id";
            case URGENCY ->
                "case when urgency = 'safety' then 0 when urgency = 'urgent' then 1 else 2 end" + dir
                        + ", createdAt, id";
            case STATUS -> "status" + dir + ", createdAt, id";
            case ASSIGNED -> "assignedTo" + dir + " nulls first, createdAt, id";
            case RECEIVED -> "createdAt" + dir + ", id";
        };
    }

    /** Phone numbers are typed with spaces or dashes; the summary holds them as the person wrote them, mostly bare. */
    private static String searchable(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.matches("[+0-9 ()-]{5,}") ? lower.replaceAll("[ ()-]", "") : lower;
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** The dispute types that occur, for the queue's filter. */
    @Transactional
    public List<String> disputeTypes() {
        return TriageCase.getEntityManager()
                .createQuery("select distinct c.disputeType from TriageCase c order by c.disputeType", String.class)
                .getResultList();
    }

    /**
     * Opens a case: audited as a view, unless the same person viewed or changed it within the fold window, so that
     * reloading or coming back after an action does not fill the history with views.
     */
    @Transactional
    public CaseFile open(String id, String actor) {
        TriageCase c = find(id);
        AuditEvent last = AuditEvent.lastBy(actor, Subject.CASE, c.reference);
        if (last == null || last.createdAt.isBefore(Instant.now().minus(config.viewFoldWindow()))) {
            audit.record(actor, Action.VIEW_CASE, Subject.CASE, c.reference, null);
        }
        return file(c);
    }

    /** Assigns the case to the acting mediator; taking it over from a colleague records from whom. */
    @Transactional
    public CaseItem assignToSelf(String id, long seenVersion, String actor) {
        TriageCase c = findCurrent(id, seenVersion);
        String from = c.assignedTo;
        c.assignedTo = actor;
        c.updatedAt = Instant.now();
        audit.record(
                actor,
                Action.ASSIGN,
                Subject.CASE,
                c.reference,
                from == null || from.equals(actor) ? actor : from + " -> " + actor);
        return item(flush(c), Instant.now());
    }

    /** Puts the case back in the unassigned queue. */
    @Transactional
    public CaseItem unassign(String id, long seenVersion, String actor) {
        TriageCase c = findCurrent(id, seenVersion);
        String from = c.assignedTo;
        c.assignedTo = null;
        c.updatedAt = Instant.now();
        audit.record(actor, Action.UNASSIGN, Subject.CASE, c.reference, from);
        return item(flush(c), Instant.now());
    }

    @Transactional
    public CaseItem changeStatus(String id, long seenVersion, CaseStatus target, String actor) {
        TriageCase c = findCurrent(id, seenVersion);
        if (!CaseWorkflow.allowed(c.status, target)) {
            throw new StaffActionException(Reason.TRANSITION_NOT_ALLOWED, c.status, target);
        }
        CaseStatus from = c.status;
        Instant now = Instant.now();
        c.status = target;
        c.updatedAt = now;
        if (target == CaseStatus.CONTACTED && c.firstContactAt == null) {
            c.firstContactAt = now;
        }
        if (!target.isOpen()) {
            c.finishedAt = now;
        }
        audit.record(actor, Action.CHANGE_STATUS, Subject.CASE, c.reference, from + " -> " + target);
        return item(flush(c), now);
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

    /**
     * Records an attempt to reach the person. The first attempt ends the wait for first contact (the deadline), even
     * when nobody answered: the centre did reach out.
     */
    @Transactional
    public CaseFile.Contact logContact(String id, NewContact contact, String actor) {
        ContactAttempt attempt = new ContactAttempt();
        try {
            attempt.channel = ContactAttempt.Channel.valueOf(contact.channel() == null ? "" : contact.channel());
            attempt.outcome = ContactAttempt.Outcome.valueOf(contact.outcome() == null ? "" : contact.outcome());
            attempt.followUp = contact.followUp() == null || contact.followUp().isBlank()
                    ? null
                    : LocalDate.parse(contact.followUp().strip());
        } catch (RuntimeException e) {
            throw new StaffActionException(Reason.CONTACT_INVALID);
        }
        String next = contact.nextAction() == null ? "" : contact.nextAction().strip();
        if (next.length() > 500) {
            throw new StaffActionException(Reason.CONTACT_INVALID);
        }
        TriageCase c = find(id);
        Instant now = Instant.now();
        attempt.caseId = c.id;
        attempt.author = actor;
        attempt.nextAction = next.isEmpty() ? null : next;
        attempt.createdAt = now;
        attempt.persist();
        if (c.firstContactAt == null) {
            c.firstContactAt = now;
        }
        audit.record(actor, Action.LOG_CONTACT, Subject.CASE, c.reference, attempt.channel + " " + attempt.outcome);
        return contact(attempt);
    }

    /**
     * The case to work next: the first open case, in queue order, that is the mediator's or nobody's, other than
     * the one she is on.
     */
    @Transactional
    public Optional<String> next(String actor, String currentId) {
        return TriageCase.<TriageCase>find(
                        "status in :open and (assignedTo is null or assignedTo = :actor) and id <> :id" + " order by "
                                + PRIORITY,
                        Parameters.with("open", OPEN).and("actor", actor).and("id", currentId == null ? "" : currentId))
                .firstResultOptional()
                .map(c -> c.id);
    }

    /** The cases assigned to {@code assignee} that their people withdrew in the last {@code days} days. */
    @Transactional
    public List<CaseWithdrawal> withdrawnFrom(String assignee, int days) {
        return CaseWithdrawal.ofAssignee(assignee, Instant.now().minus(Duration.ofDays(days)), 20);
    }

    /** A case a colleague took over from someone: which, by whom, when. */
    public record TakeOver(String reference, String by, Instant at) {}

    /** The cases colleagues took over from {@code assignee} in the last {@code days} days, newest first. */
    @Transactional
    public List<TakeOver> takenOverFrom(String assignee, int days) {
        return AuditEvent.<AuditEvent>find(
                        "action = ?1 and detail like ?2 and createdAt >= ?3 order by createdAt desc",
                        // a "_" in a user name matches any character here; the filter below keeps exact matches only
                        Action.ASSIGN,
                        assignee + " -> %",
                        Instant.now().minus(Duration.ofDays(days)))
                .page(0, 20)
                .list()
                .stream()
                .filter(e -> e.detail.startsWith(assignee + " -> "))
                .map(e -> new TakeOver(e.subjectId, e.actor, e.createdAt))
                .toList();
    }

    /** Deletes every finished case whose retention period has ended (with its notes and contact log). */
    @Transactional
    public int purgeFinished(Instant now) {
        List<TriageCase> expired = TriageCase.list("finishedAt < ?1", now.minus(config.finishedCaseRetention()));
        for (TriageCase c : expired) {
            audit.record(AuditLog.SYSTEM, Action.DELETED_AFTER_RETENTION, Subject.CASE, c.reference, null);
            c.delete();
        }
        return expired.size();
    }

    @Scheduled(
            every = "${court-guide.staff.purge-every:1h}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        int purged = purgeFinished(Instant.now());
        if (purged > 0) {
            LOG.infof("Retention: deleted %d finished cases", purged);
        }
    }

    /** The case, or why there is none: withdrawn (its tombstone) or never there. */
    private static TriageCase find(String id) {
        TriageCase c = id == null ? null : TriageCase.findById(id);
        if (c == null) {
            CaseWithdrawal tombstone = id == null ? null : CaseWithdrawal.findById(id);
            if (tombstone != null) {
                throw StaffActionException.withdrawn(tombstone);
            }
            throw new NotFoundException();
        }
        return c;
    }

    private static TriageCase findCurrent(String id, long seenVersion) {
        TriageCase c = find(id);
        if (c.version != seenVersion) {
            throw StaffActionException.conflict(c.version);
        }
        return c;
    }

    /** Flushes now so that a concurrent change surfaces here as a conflict, not later at commit as a server error. */
    private static TriageCase flush(TriageCase c) {
        try {
            TriageCase.getEntityManager().flush();
        } catch (OptimisticLockException e) {
            throw StaffActionException.conflict(null);
        }
        return c;
    }

    private CaseItem item(TriageCase c, Instant now) {
        return CaseItem.of(c, config.firstContact(), now);
    }

    private static CaseFile.Contact contact(ContactAttempt a) {
        return new CaseFile.Contact(a.author, a.channel, a.outcome, a.nextAction, a.followUp, a.createdAt);
    }

    private CaseFile file(TriageCase c) {
        List<CaseFile.Note> notes = CaseNote.ofCase(c.id).stream()
                .map(n -> new CaseFile.Note(n.author, n.body, n.createdAt))
                .toList();
        List<CaseFile.Contact> contacts =
                ContactAttempt.ofCase(c.id).stream().map(CaseService::contact).toList();
        List<CaseFile.HistoryEntry> history = AuditEvent.ofSubject(Subject.CASE, c.reference).stream()
                .map(e -> new CaseFile.HistoryEntry(e.createdAt, e.actor, e.action, e.detail))
                .toList();
        return new CaseFile(
                item(c, Instant.now()), summary(c.summaryJson), notes, contacts, history, CaseWorkflow.next(c.status));
    }

    /** The stored summary as JSON; text that is not JSON (cases stored before the summary was JSON) as a string. */
    private JsonNode summary(String stored) {
        try {
            JsonNode node = json.readTree(stored);
            return node == null ? TextNode.valueOf("") : node;
        } catch (Exception e) {
            return TextNode.valueOf(stored == null ? "" : stored);
        }
    }
}
