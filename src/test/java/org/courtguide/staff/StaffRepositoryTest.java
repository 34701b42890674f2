package org.courtguide.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.courtguide.Language;
import org.courtguide.cases.CaseStatus;
import org.courtguide.cases.TriageCase;
import org.courtguide.staff.AuditEvent.Action;
import org.courtguide.staff.StaffActionException.Reason;
import org.courtguide.triage.TriageText;
import org.courtguide.web.BadRequestException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The staff workspace's cases, queue, history and retention against the database (H2 here, PostgreSQL in the
 * subclass). Every case is sent through the public intake form ({@link TestCases}).
 */
@QuarkusTest
class StaffRepositoryTest {

    @Inject
    CaseService cases;

    @Inject
    AuditLog audit;

    @Inject
    StaffInput input;

    @Inject
    TriageText triage;

    @Inject
    StaffConfig config;

    @BeforeEach
    void clean() {
        TestCases.deleteAll();
    }

    // ---- the queue ----

    @Test
    void queue_puts_safety_then_urgent_then_the_longest_waiting_first_and_hides_finished_cases() {
        TriageCase oldNormal = TestCases.persist("neighbours", "normal", Duration.ofDays(10));
        TriageCase newNormal = TestCases.persist("neighbours", "normal", Duration.ofHours(1));
        TriageCase urgent = TestCases.persist("labour", "urgent", Duration.ofHours(2));
        TriageCase safety = TestCases.persist("family", "safety", Duration.ofMinutes(5));
        TriageCase closed = TestCases.persist("family", "safety", Duration.ofDays(3));
        cases.changeStatus(closed.id, closed.version, CaseStatus.CLOSED, "mia");

        assertThat(references(queue(QueueFilter.of(null, null, null, false))))
                .containsExactly(safety.reference, urgent.reference, oldNormal.reference, newNormal.reference);
        assertThat(references(queue(QueueFilter.of(null, null, null, true)))).contains(closed.reference);
    }

    @Test
    void queue_filters_by_dispute_type_urgency_and_waiting_time() {
        TriageCase old = TestCases.persist("neighbours", "normal", Duration.ofDays(10));
        TriageCase recent = TestCases.persist("neighbours", "urgent", Duration.ofHours(3));
        TestCases.persist("labour", "normal", Duration.ofDays(10));

        assertThat(references(queue(QueueFilter.of("neighbours", null, null, false))))
                .containsExactlyInAnyOrder(old.reference, recent.reference);
        assertThat(references(queue(QueueFilter.of("neighbours", "urgent", null, false))))
                .containsExactly(recent.reference);
        assertThat(references(queue(QueueFilter.of("neighbours", "", 7, false))))
                .containsExactly(old.reference);
        assertThat(cases.disputeTypes()).containsExactly("labour", "neighbours");
    }

    @Test
    void the_queue_says_how_many_cases_there_are_and_pages_through_all_of_them() {
        int size = config.queueSize();
        for (int i = 0; i < size + 3; i++) {
            TestCases.submit("neighbours", "normal");
        }

        QueuePage first = queue(QueueFilter.of(null, null, null, false));
        QueuePage second = queue(QueueFilter.of(null, null, null, false).onPage(2));

        assertThat(first.total()).isEqualTo(size + 3);
        assertThat(first.items()).hasSize(size);
        assertThat(first.pageCount()).isEqualTo(2);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.items()).hasSize(3);
        assertThat(second.hasNext()).isFalse();
        assertThat(second.hasPrevious()).isTrue();
        assertThat(references(first)).doesNotContainAnyElementsOf(references(second));
    }

    @Test
    void search_finds_a_case_by_reference_name_or_phone_in_the_summary_the_person_sent() {
        TestCases.Sent wanted = TestCases.submit(TestCases.answers("loans", "normal"), "zh");
        var other = TestCases.answers("loans", "normal");
        other.put("name", "王芳");
        other.put("contact_detail", "13900001111");
        TestCases.submit(other, "zh");

        QueueFilter all = QueueFilter.of(null, null, null, false);
        assertThat(references(queue(all.searching(wanted.reference().toLowerCase()))))
                .containsExactly(wanted.reference());
        assertThat(references(queue(all.searching("李娜")))).containsExactly(wanted.reference());
        assertThat(references(queue(all.searching("138 0013 8000")))).containsExactly(wanted.reference());
        assertThat(references(queue(all.searching("100%_")))).isEmpty();
    }

    @Test
    void mine_unassigned_and_overdue_narrow_the_queue_and_any_column_sorts_it() {
        TriageCase mine = TestCases.persist("loans", "normal", Duration.ofHours(1));
        TriageCase nobodys = TestCases.persist("labour", "normal", Duration.ofHours(2));
        TriageCase lateSafety = TestCases.persist("family", "safety", Duration.ofHours(3));
        cases.assignToSelf(mine.id, mine.version, "mia");

        QueueFilter all = QueueFilter.of(null, null, null, false);
        assertThat(references(queue(all.scoped(QueueFilter.Scope.MINE, false)))).containsExactly(mine.reference);
        assertThat(references(queue(all.scoped(QueueFilter.Scope.UNASSIGNED, false))))
                .containsExactly(lateSafety.reference, nobodys.reference);
        // safety: first contact within 2 hours, so 3 hours without contact is overdue; normal cases have 72 hours
        assertThat(references(queue(all.scoped(QueueFilter.Scope.ALL, true)))).containsExactly(lateSafety.reference);
        assertThat(queue(all).items())
                .filteredOn(CaseItem::overdue)
                .extracting(CaseItem::reference)
                .containsExactly(lateSafety.reference);
        assertThat(references(queue(all.sorted(QueueFilter.Sort.RECEIVED, true))))
                .containsExactly(mine.reference, nobodys.reference, lateSafety.reference);
        assertThat(references(queue(all.sorted(QueueFilter.Sort.TYPE, false))))
                .containsExactly(lateSafety.reference, nobodys.reference, mine.reference);
    }

    // ---- working a case ----

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
        assertThat(file.history())
                .extracting(CaseFile.HistoryEntry::action, CaseFile.HistoryEntry::actor)
                .containsExactly(
                        tuple(Action.ASSIGN, "mia"),
                        tuple(Action.CHANGE_STATUS, "mia"),
                        tuple(Action.ADD_NOTE, "mia"),
                        tuple(Action.VIEW_CASE, "ada"));
        assertThat(file.history().get(1).detail()).isEqualTo("NEW -> CONTACTED");
        assertThat(file.nextStatuses())
                .containsExactlyInAnyOrder(CaseStatus.IN_MEDIATION, CaseStatus.REFERRED_TO_COURT, CaseStatus.CLOSED);
    }

    @Test
    void the_summary_the_intake_stored_reads_as_labelled_fields_with_the_contact_first() {
        TestCases.Sent sent = TestCases.submit("traffic_accident", "normal");

        CaseFile file = cases.open(sent.id(), "mia");
        StaffViews.CaseView view = views(Language.ZH).caseView(file, "mia");

        assertThat(file.summary().isObject())
                .as("the API gets an object, not a string")
                .isTrue();
        assertThat(file.summary().path("lines").isArray()).isTrue();
        assertThat(view.contact())
                .extracting(StaffViews.Field::name, StaffViews.Field::value)
                .containsExactly(tuple("姓名", "李娜"), tuple("联系方式", "电话"), tuple("电话或邮箱", TestCases.PHONE));
        assertThat(view.summary())
                .extracting(StaffViews.Field::name)
                .contains("纠纷类型", "争议金额（元）", "翻译语言")
                .doesNotContain("lines", "language", "redacted");
        assertThat(view.summary())
                .extracting(StaffViews.Field::value)
                .contains("20,000", "维吾尔语")
                .noneMatch(v -> v.contains("{") || v.contains("\"label\""));
        assertThat(view.redaction()).isEqualTo("按原文提交。");
        assertThat(view.disputeType()).isEqualTo("交通事故");
        assertThat(views(Language.EN).caseView(file, "mia").disputeType()).isEqualTo("A traffic accident");
    }

    @Test
    void reopening_a_case_does_not_log_a_view_per_page_load_and_a_take_over_records_from_whom() {
        TriageCase c = TestCases.persist("neighbours", "normal", Duration.ofDays(1));

        cases.open(c.id, "mia");
        cases.open(c.id, "mia");
        CaseItem assigned = cases.assignToSelf(c.id, c.version, "mia");
        cases.open(c.id, "mia"); // the page shown after the change
        cases.open(c.id, "nora");
        cases.assignToSelf(c.id, assigned.version(), "nora");
        CaseFile file = cases.open(c.id, "nora");

        assertThat(file.history())
                .extracting(CaseFile.HistoryEntry::action, CaseFile.HistoryEntry::actor)
                .containsExactly(
                        tuple(Action.VIEW_CASE, "mia"),
                        tuple(Action.ASSIGN, "mia"),
                        tuple(Action.VIEW_CASE, "nora"),
                        tuple(Action.ASSIGN, "nora"));
        assertThat(file.history().get(3).detail()).isEqualTo("mia -> nora");
        assertThat(views(Language.EN).caseView(file, "nora").history().get(3).detail())
                .isEqualTo("Taken over from mia by nora");
        // and mia learns it on her queue
        assertThat(cases.takenOverFrom("mia", 14))
                .extracting(CaseService.TakeOver::reference, CaseService.TakeOver::by)
                .containsExactly(tuple(c.reference, "nora"));
        assertThat(cases.takenOverFrom("nora", 14)).isEmpty();
    }

    @Test
    void a_stale_version_is_a_conflict_that_names_the_current_version_and_leaves_no_change_nor_audit_event() {
        TriageCase c = TestCases.persist("neighbours", "normal", Duration.ofDays(1));
        long seen = c.version;
        CaseItem assigned = cases.assignToSelf(c.id, seen, "mia");

        assertThatThrownBy(() -> cases.changeStatus(c.id, seen, CaseStatus.CLOSED, "ada"))
                .isInstanceOfSatisfying(StaffActionException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CONFLICT);
                    assertThat(e.currentVersion()).isEqualTo(assigned.version());
                });

        assertThat(TestCases.reload(c.id).status).isEqualTo(CaseStatus.NEW);
        assertThat(auditActions(c.reference)).containsExactly(Action.ASSIGN);
    }

    @Test
    void a_transition_the_workflow_does_not_allow_is_refused() {
        TriageCase c = TestCases.persist("neighbours", "normal", Duration.ofDays(1));

        assertThatThrownBy(() -> cases.changeStatus(c.id, c.version, CaseStatus.RESOLVED, "mia"))
                .isInstanceOfSatisfying(
                        StaffActionException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TRANSITION_NOT_ALLOWED));
        assertThat(TestCases.reload(c.id).status).isEqualTo(CaseStatus.NEW);
        assertThat(auditActions(c.reference)).isEmpty();
    }

    @Test
    void empty_and_overlong_notes_are_refused() {
        TriageCase c = TestCases.persist("neighbours", "normal", Duration.ofDays(1));

        assertThatThrownBy(() -> cases.addNote(c.id, "   ", "mia"))
                .isInstanceOfSatisfying(
                        StaffActionException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOTE_EMPTY));
        assertThatThrownBy(() -> cases.addNote(c.id, "x".repeat(2001), "mia"))
                .isInstanceOfSatisfying(
                        StaffActionException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOTE_TOO_LONG));
        assertThat(auditActions(c.reference)).isEmpty();
    }

    @Test
    void a_contact_attempt_is_logged_ends_the_first_contact_deadline_and_unusable_ones_are_refused() {
        TriageCase c = TestCases.persist("family", "safety", Duration.ofHours(3));
        assertThat(cases.open(c.id, "mia").item().overdue()).isTrue();

        cases.logContact(
                c.id, new CaseService.NewContact("PHONE", "NO_ANSWER", "Try again after 18:00", "2026-12-08"), "mia");

        CaseFile file = cases.open(c.id, "mia");
        assertThat(file.item().overdue()).isFalse();
        assertThat(file.item().contactDue()).isNull();
        assertThat(file.contacts())
                .extracting(
                        CaseFile.Contact::channel,
                        CaseFile.Contact::outcome,
                        CaseFile.Contact::nextAction,
                        CaseFile.Contact::followUp)
                .containsExactly(tuple(
                        ContactAttempt.Channel.PHONE,
                        ContactAttempt.Outcome.NO_ANSWER,
                        "Try again after 18:00",
                        LocalDate.of(2026, 12, 8)));
        assertThat(views(Language.EN).caseView(file, "mia").history())
                .extracting(StaffViews.HistoryLine::detail)
                .contains("Phone · No answer");
        for (CaseService.NewContact bad : List.of(
                new CaseService.NewContact("PIGEON", "REACHED", null, null),
                new CaseService.NewContact("PHONE", "REACHED", null, "next week"))) {
            assertThatThrownBy(() -> cases.logContact(c.id, bad, "mia"))
                    .isInstanceOfSatisfying(
                            StaffActionException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.CONTACT_INVALID));
        }
    }

    @Test
    void next_case_is_the_first_open_case_of_mine_or_nobodys_other_than_the_current_one() {
        TriageCase first = TestCases.persist("family", "safety", Duration.ofHours(1));
        TriageCase colleagues = TestCases.persist("labour", "urgent", Duration.ofHours(1));
        TriageCase third = TestCases.persist("loans", "normal", Duration.ofHours(5));
        cases.assignToSelf(colleagues.id, colleagues.version, "nora");

        assertThat(cases.next("mia", null)).contains(first.id);
        assertThat(cases.next("mia", first.id)).contains(third.id);
        assertThat(cases.next("nora", first.id)).contains(colleagues.id);
        cases.changeStatus(third.id, third.version, CaseStatus.CLOSED, "mia");
        assertThat(cases.next("mia", first.id)).isEmpty();
    }

    // ---- withdrawal and retention ----

    @Test
    void a_case_withdrawn_while_a_mediator_works_on_it_leaves_a_tombstone_and_an_audit_event_and_nothing_else() {
        TestCases.Sent sent = TestCases.submit("neighbours", "normal");
        cases.assignToSelf(sent.id(), sent.stored().version, "mia");
        cases.addNote(sent.id(), "note", "mia");
        cases.logContact(sent.id(), new CaseService.NewContact("PHONE", "REACHED", null, null), "mia");

        TestCases.withdraw(sent);

        assertThatThrownBy(() -> cases.open(sent.id(), "mia")).isInstanceOfSatisfying(StaffActionException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.WITHDRAWN);
            assertThat(e.httpStatus()).isEqualTo(410);
            assertThat(e.withdrawnReference()).isEqualTo(sent.reference());
        });
        assertThatThrownBy(() -> cases.addNote(sent.id(), "too late", "mia"))
                .isInstanceOfSatisfying(
                        StaffActionException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WITHDRAWN));
        assertThat(cases.withdrawnFrom("mia", 14)).extracting(w -> w.reference).containsExactly(sent.reference());
        assertThat(cases.withdrawnFrom("nora", 14)).isEmpty();
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> CaseNote.count("caseId", sent.id()) + ContactAttempt.count("caseId", sent.id())))
                .isZero();
        List<AuditEvent> trail = QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.ofSubject(AuditEvent.Subject.CASE, sent.reference()));
        assertThat(trail)
                .extracting(e -> e.action)
                .containsExactly(Action.ASSIGN, Action.ADD_NOTE, Action.LOG_CONTACT, Action.WITHDRAWN);
        assertThat(trail.get(3).actor).isEqualTo(AuditLog.PERSON);
        assertThat(trail).allSatisfy(e -> assertThat(String.valueOf(e.detail)).doesNotContain(TestCases.PHONE, "李娜"));
    }

    @Test
    void a_finished_case_is_deleted_when_its_retention_period_ends_and_an_open_one_is_not() {
        TriageCase closed = TestCases.persist("neighbours", "normal", Duration.ofDays(1));
        TriageCase open = TestCases.persist("neighbours", "normal", Duration.ofDays(400));
        cases.changeStatus(closed.id, closed.version, CaseStatus.CLOSED, "mia");
        Instant retentionOver =
                Instant.now().plus(config.finishedCaseRetention()).plus(Duration.ofDays(1));

        assertThat(cases.purgeFinished(Instant.now())).isZero();
        assertThat(cases.purgeFinished(retentionOver)).isEqualTo(1);

        assertThat(TestCases.reload(closed.id)).isNull();
        assertThat(TestCases.reload(open.id)).isNotNull();
        assertThat(auditActions(closed.reference))
                .containsExactly(Action.CHANGE_STATUS, Action.DELETED_AFTER_RETENTION);
    }

    // ---- what staff read ----

    @Test
    void times_are_local_to_the_centre_waiting_is_in_hours_and_types_are_translated() {
        StaffViews zh = views(Language.ZH);
        assertThat(config.timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(zh.time(Instant.parse("2026-12-03T17:30:00Z"))).isEqualTo("2026-12-04 01:30");
        assertThat(zh.exactTime(Instant.parse("2026-12-03T17:30:05Z"))).isEqualTo("2026-12-04 01:30:05");
        assertThat(zh.waiting(Duration.ofMinutes(20))).isEqualTo("不到 1 小时");
        assertThat(zh.waiting(Duration.ofHours(5))).isEqualTo("5 小时");
        assertThat(zh.waiting(Duration.ofHours(50))).isEqualTo("2 天 2 小时");
        assertThat(views(Language.EN).waiting(Duration.ofHours(5))).isEqualTo("5 h");
        assertThat(zh.disputeTypes(List.of("traffic_accident", "property_management"), null))
                .extracting(StaffViews.Option::label)
                .containsExactly("交通事故", "物业费或物业服务");
    }

    @Test
    void unreadable_filters_statuses_and_missing_versions_are_polite_400s_in_the_users_language() {
        assertThatThrownBy(() -> input.waitingDays("abc", Language.EN))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.code()).isEqualTo("invalid_waiting");
                    assertThat(e.getMessage())
                            .isEqualTo("Please give the waiting time as a whole number of days, for example 3.");
                });
        assertThatThrownBy(() -> input.status("ARCHIVED", Language.ZH))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.code()).isEqualTo("unknown_status");
                    assertThat(e.getMessage()).startsWith("没有这个状态。");
                });
        assertThatThrownBy(() -> input.version(null, Language.EN))
                .isInstanceOfSatisfying(
                        BadRequestException.class, e -> assertThat(e.code()).isEqualTo("missing_version"));
        assertThatThrownBy(() -> input.page("0", Language.EN)).isInstanceOf(BadRequestException.class);
        assertThat(input.waitingDays("", Language.EN)).isNull();
        assertThat(input.waitingDays("7", Language.EN)).isEqualTo(7);
    }

    // ---- the audit log ----

    @Test
    void the_audit_log_filters_by_user_case_and_day_pages_and_exports_csv() {
        TriageCase a = TestCases.persist("neighbours", "normal", Duration.ofDays(1));
        TriageCase b = TestCases.persist("loans", "normal", Duration.ofDays(1));
        cases.assignToSelf(a.id, a.version, "mia");
        cases.addNote(a.id, "=HYPERLINK(\"x\")", "mia");
        cases.assignToSelf(b.id, b.version, "nora");
        String today = LocalDate.now(config.timeZone()).toString();

        AuditLog.Page mias = audit.search(input.auditQuery("mia", null, today, today, "1", Language.EN), 200);
        assertThat(mias.entries()).extracting(AuditLog.Entry::action).containsExactly(Action.ADD_NOTE, Action.ASSIGN);
        assertThat(audit.search(input.auditQuery(null, b.reference.toLowerCase(), null, null, "1", Language.EN), 200)
                        .entries())
                .extracting(AuditLog.Entry::actor)
                .containsExactly("nora");
        assertThat(audit.search(input.auditQuery(null, null, "2020-01-01", "2020-01-02", "1", Language.EN), 200)
                        .total())
                .isZero();
        AuditLog.Page firstOfTwo = audit.search(AuditLog.Query.all(), 2);
        assertThat(firstOfTwo.total()).isEqualTo(3);
        assertThat(firstOfTwo.hasNext()).isTrue();
        assertThat(audit.search(
                                new AuditLog.Query(
                                        java.util.Optional.empty(),
                                        java.util.Optional.empty(),
                                        java.util.Optional.empty(),
                                        java.util.Optional.empty(),
                                        2),
                                2)
                        .entries())
                .hasSize(1);

        String csv = AuditCsv.write(mias.entries(), views(Language.EN));
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv.lines().skip(1))
                .allSatisfy(l -> assertThat(l).matches("\"\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\",\"mia\",.*"));
        assertThat(AuditCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    }

    private QueuePage queue(QueueFilter filter) {
        return cases.queue(filter, "mia");
    }

    private StaffViews views(Language language) {
        return new StaffViews(
                MessageBundles.get(StaffMessages.class, Localized.Literal.of(language.code())),
                language,
                config.timeZone(),
                triage);
    }

    private static List<Action> auditActions(String reference) {
        return QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.ofSubject(AuditEvent.Subject.CASE, reference).stream()
                        .map(e -> e.action)
                        .toList());
    }

    private static List<String> references(QueuePage page) {
        return page.items().stream().map(CaseItem::reference).toList();
    }
}
