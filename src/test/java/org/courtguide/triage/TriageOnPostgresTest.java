package org.courtguide.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.courtguide.Language;
import org.courtguide.cases.CaseStatus;
import org.courtguide.cases.TriageCase;
import org.courtguide.testsupport.PostgresProfile;
import org.junit.jupiter.api.Test;

/** The intake's case store on a real PostgreSQL with the same migrations: submit, withdraw, all-or-nothing. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class TriageOnPostgresTest {

    @Inject
    TriageCaseService cases;

    @Inject
    AgroalDataSource dataSource;

    static TriageCaseService.NewCase newCase(String summary) {
        return new TriageCaseService.NewCase(Language.ZH, "neighbours", "normal", "peoples-mediation", summary);
    }

    @Test
    void runs_on_postgresql() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }

    @Test
    void a_submitted_case_is_new_and_withdrawal_with_reference_and_secret_deletes_it() {
        TriageCaseService.Submitted submitted = cases.submit(newCase("{\"lines\":[]}"));
        TriageCase stored =
                QuarkusTransaction.requiringNew().call(() -> TriageCase.findByReference(submitted.reference()));
        assertThat(stored.status).isEqualTo(CaseStatus.NEW);
        assertThat(stored.secretHash).isNotEqualTo(submitted.secret());

        assertThat(cases.withdraw(submitted.reference(), "WRONG-SECRET")).isFalse();
        assertThat(cases.withdraw(submitted.reference(), submitted.secret())).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> TriageCase.count("reference", submitted.reference())))
                .isZero();
        assertThat(cases.withdraw(submitted.reference(), submitted.secret()))
                .as("only once")
                .isFalse();
    }

    @Test
    void a_case_that_cannot_be_stored_whole_leaves_nothing_behind() {
        long before = QuarkusTransaction.requiringNew().call(() -> (Long) TriageCase.count());
        // longer than the summary column: the insert fails and the transaction rolls back
        assertThatThrownBy(() -> cases.submit(newCase("x".repeat(16001)))).isInstanceOf(Exception.class);
        assertThat(QuarkusTransaction.requiringNew().call(() -> (Long) TriageCase.count()))
                .isEqualTo(before);
    }
}
