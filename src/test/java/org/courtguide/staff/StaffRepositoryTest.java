package org.courtguide.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.courtguide.staff.AuditEvent.Action;
import org.courtguide.staff.StaffActionException.Reason;
import org.courtguide.triage.CaseStatus;
import org.courtguide.triage.TriageCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The staff entities and the case service against the database (H2 here, PostgreSQL in the subclass). */
@QuarkusTest
class StaffRepositoryTest {

    @Inject
    CaseService cases;

    @BeforeEach
    void clean() {
        TestCases.deleteAll();
    }

    @Test
    void queue_puts_safety_then_urgent_then_the_longest_waiting_first_and_hides_finished_cases() {
        TriageCase oldNormal = TestCases.persist("neighbours", "normal", Duration.ofDays(10));
        TriageCase newNormal = TestCases.persist("neighbours", "normal", Duration.ofHours(1));
        TriageCase urgent = TestCases.persist("labour", "urgent", Duration.ofHours(2));
        TriageCase safety = TestCases.persist("family", "safety", Duration.ofMinutes(5));
        TriageCase closed = TestCases.persist("family", "safety", Duration.ofDays(3));
        TestCases.setStatus(closed.id, CaseStatus.CLOSED);

        assertThat(references(cases.queue(QueueFilter.of(null, null, null, false))))
                .containsExactly(safety.reference, urgent.reference, oldNormal.reference, newNormal.reference);
        assertThat(references(cases.queue(QueueFilter.of(null, null, null, true)))).contains(closed.reference);
    }

    @Test
    void queue_filters_by_dispute_type_urgency_and_waiting_time() {
        TriageCase old = TestCases.persist("neighbours", "normal", Duration.ofDays(10));
        TriageCase recent = TestCases.persist("neighbours", "urgent", Duration.ofHours(3));
        TestCases.persist("labour", "normal", Duration.ofDays(10));

        assertThat(references(cases.queue(QueueFilter.of("neighbours", null, null, false))))
                .containsExactlyInAnyOrder(old.reference, recent.reference);
        assertThat(references(cases.queue(QueueFilter.of("neighbours", "urgent", null, false))))
                .containsExactly(recent.reference);
        assertThat(references(cases.queue(QueueFilter.of("neighbours", "", 7, false)))).containsExactly(old.reference);
        assertThat(cases.disputeTypes()).containsExactly("labour", "neighbours");
    }

    @Test
    void assigning_changing_status_and_adding_a_note_are_each_audited_with_the_actor() {
        TriageCase c = TestCases.persist("neighbours", "normal", Duration.ofDays(1));

        CaseItem assigned = cases.assignToSelf(c.id, c.version, "mia");
        CaseItem contacted = cases.changeStatus(c.id, assigned.version(), CaseStatus.CONTACTED, "mia");
        cases.addNote(c.id, "  Called, will come on Monday.  ", "mia");
        CaseFile file = cases.open(c.id, "ada");

        assertThat(contacted.assignedTo()).isEqualTo("mia");
        assertThat(contacted.status()).isEqualTo(CaseStatus.CONTACTED);
        assertThat(file.notes()).extracting(CaseFile.Note::body).containsExactly("Called, will come on Monday.");
        assertThat(file.history()).extracting(CaseFile.HistoryEntry::action, CaseFile.HistoryEntry::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Action.ASSIGN, "mia"),
                        org.assertj.core.groups.Tuple.tuple(Action.CHANGE_STATUS, "mia"),
                        org.assertj.core.groups.Tuple.tuple(Action.ADD_NOTE, "mia"),
                        org.assertj.core.groups.Tuple.tuple(Action.VIEW_CASE, "ada"));
        assertThat(file.history().get(1).detail()).isEqualTo("NEW -> CONTACTED");
        assertThat(file.nextStatuses()).containsExactlyInAnyOrder(CaseStatus.IN_MEDIATION,
                CaseStatus.REFERRED_TO_COURT, CaseStatus.CLOSED);
    }

    @Test
    void a_stale_version_is_a_conflict_and_leaves_neither_the_change_nor_an_audit_event() {
        TriageCase c = TestCases.persist("neighbours", "normal", Duration.ofDays(1));
        long seen = c.version;
        cases.assignToSelf(c.id, seen, "mia");

        assertThatThrownBy(() -> cases.changeStatus(c.id, seen, CaseStatus.CLOSED, "ada"))
                .isInstanceOfSatisfying(StaffActionException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CONFLICT));

        assertThat(TestCases.reload(c.id).status).isEqualTo(CaseStatus.NEW);
        assertThat(auditActions(c.reference)).containsExactly(Action.ASSIGN);
    }

    @Test
    void a_transition_the_workflow_does_not_allow_is_refused() {
        TriageCase c = TestCases.persist("neighbours", "normal", Duration.ofDays(1));

        assertThatThrownBy(() -> cases.changeStatus(c.id, c.version, CaseStatus.RESOLVED, "mia"))
                .isInstanceOfSatisfying(StaffActionException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TRANSITION_NOT_ALLOWED));
        assertThat(TestCases.reload(c.id).status).isEqualTo(CaseStatus.NEW);
        assertThat(auditActions(c.reference)).isEmpty();
    }

    @Test
    void empty_and_overlong_notes_are_refused() {
        TriageCase c = TestCases.persist("neighbours", "normal", Duration.ofDays(1));

        assertThatThrownBy(() -> cases.addNote(c.id, "   ", "mia")).isInstanceOfSatisfying(StaffActionException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.NOTE_EMPTY));
        assertThatThrownBy(() -> cases.addNote(c.id, "x".repeat(2001), "mia"))
                .isInstanceOfSatisfying(StaffActionException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOTE_TOO_LONG));
        assertThat(auditActions(c.reference)).isEmpty();
    }

    @Test
    void withdrawing_a_case_removes_its_notes_but_keeps_the_audit_trail() {
        TriageCase c = TestCases.persist("neighbours", "normal", Duration.ofDays(1));
        cases.addNote(c.id, "note", "mia");

        QuarkusTransaction.requiringNew().run(() -> TriageCase.deleteById(c.id));

        assertThat(QuarkusTransaction.requiringNew().call(() -> CaseNote.count("caseId", c.id))).isZero();
        assertThat(auditActions(c.reference)).containsExactly(Action.ADD_NOTE);
    }

    private static List<Action> auditActions(String reference) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.ofSubject(AuditEvent.Subject.CASE, reference)
                .stream().map(e -> e.action).toList());
    }

    private static List<String> references(List<CaseItem> items) {
        return items.stream().map(CaseItem::reference).toList();
    }

}
