package org.courtguide.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.courtguide.Language;
import org.courtguide.cases.TriageCase;
import org.courtguide.testsupport.PostgresProfile;
import org.courtguide.triage.TriageText;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The queue with 10,000 cases on PostgreSQL: how long one page of each common view takes (query, count and the rows
 * as the page prints them). A measurement, run on request ({@code -Dstaff.scale=true}): three cases are sent through
 * the intake, then copied in SQL with new ids, references ({@code CG-0…}: 0 is not in the intake's alphabet), ages,
 * phone numbers and assignees, so every row has the intake's shape.
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class StaffQueueScaleOnPostgresTest {

    private static final Logger LOG = Logger.getLogger(StaffQueueScaleOnPostgresTest.class);
    private static final int CASES = 10_000;
    private static final int RUNS = 40;

    @Inject
    CaseService cases;

    @Inject
    StaffConfig config;

    @Inject
    TriageText triage;

    @Test
    void one_queue_page_with_10000_cases() {
        Assumptions.assumeTrue(Boolean.getBoolean("staff.scale"), "a measurement: run with -Dstaff.scale=true");
        TestCases.deleteAll();
        TestCases.submit("neighbours", "normal");
        TestCases.submit("labour", "urgent");
        TestCases.submit("family", "safety");
        QuarkusTransaction.requiringNew()
                .run(() -> TriageCase.getEntityManager()
                        .createNativeQuery("""
                insert into triage_case (id, reference, secret_hash, language, dispute_type, urgency, suggested_path,
                    summary_json, status, assigned_to, created_at, updated_at, version)
                select gen_random_uuid()::text,
                    'CG-0' || lpad((g / 10000)::text, 3, '0') || '-' || lpad((g % 10000)::text, 4, '0'),
                    c.secret_hash, c.language,
                    c.dispute_type, c.urgency, c.suggested_path, replace(c.summary_json, '13800138000',
                    '139' || lpad(g::text, 8, '0')), c.status, case when g % 5 = 0 then 'mia' end,
                    now() - (g % 2000) * interval '1 hour', now(), 0
                from generate_series(1, :n) g cross join lateral (select * from triage_case t
                    where t.reference not like 'CG-0%' order by t.reference offset (g % 3) limit 1) c
                """)
                        .setParameter("n", CASES)
                        .executeUpdate());
        QuarkusTransaction.requiringNew()
                .run(() -> TriageCase.getEntityManager()
                        .createNativeQuery("analyze triage_case")
                        .executeUpdate());
        long total = QuarkusTransaction.requiringNew().call(() -> TriageCase.count());
        assertThat(total).isGreaterThanOrEqualTo(CASES);

        StaffViews views = new StaffViews(
                MessageBundles.get(StaffMessages.class, Localized.Literal.of("en")),
                Language.EN,
                config.timeZone(),
                triage);
        QueueFilter queue = QueueFilter.of(null, null, null, false);
        Map<String, QueueFilter> pages = new java.util.LinkedHashMap<>();
        pages.put("first page (priority)", queue);
        pages.put("page 100", queue.onPage(100));
        pages.put("mine", queue.scoped(QueueFilter.Scope.MINE, false));
        pages.put("overdue", queue.scoped(QueueFilter.Scope.ALL, true));
        pages.put("search by phone", queue.searching("139 0000 4242"));
        pages.put("search by reference", queue.searching("CG-0000-4242"));
        pages.put("sorted by reference, reversed", queue.sorted(QueueFilter.Sort.REFERENCE, true));
        pages.put("type and urgency", QueueFilter.of("labour", "urgent", null, false));
        StringBuilder report = new StringBuilder("queue with " + total + " cases on PostgreSQL, " + RUNS + " runs:\n");
        for (var page : pages.entrySet()) {
            double[] ms = time(() -> cases.queue(page.getValue(), "mia").items().stream()
                    .map(c -> views.row(c, Instant.now()))
                    .toList());
            report.append(String.format("  %-32s p50 %6.1f ms  p95 %6.1f ms%n", page.getKey(), ms[0], ms[1]));
        }
        LOG.info(report);
    }

    /** p50 and p95 in milliseconds after five untimed runs. */
    private static double[] time(Supplier<List<?>> work) {
        for (int i = 0; i < 5; i++) {
            work.get();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            times.add((System.nanoTime() - start) / 1e6);
        }
        double[] sorted =
                times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new double[] {sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1]};
    }
}
