package org.courtguide.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.courtguide.cases.CaseStatus;
import org.junit.jupiter.api.Test;

class CaseWorkflowTest {

    @Test
    void a_case_moves_forward_from_new_to_contacted_to_mediation_to_an_outcome() {
        assertThat(CaseWorkflow.allowed(CaseStatus.NEW, CaseStatus.CONTACTED)).isTrue();
        assertThat(CaseWorkflow.allowed(CaseStatus.CONTACTED, CaseStatus.IN_MEDIATION))
                .isTrue();
        assertThat(CaseWorkflow.next(CaseStatus.IN_MEDIATION))
                .containsExactlyInAnyOrder(CaseStatus.RESOLVED, CaseStatus.REFERRED_TO_COURT, CaseStatus.CLOSED);
    }

    @Test
    void steps_cannot_be_skipped_nor_undone_and_finished_cases_stay_finished() {
        assertThat(CaseWorkflow.allowed(CaseStatus.NEW, CaseStatus.RESOLVED)).isFalse();
        assertThat(CaseWorkflow.allowed(CaseStatus.IN_MEDIATION, CaseStatus.NEW))
                .isFalse();
        assertThat(CaseWorkflow.allowed(CaseStatus.CONTACTED, CaseStatus.CONTACTED))
                .isFalse();
        for (CaseStatus finished :
                new CaseStatus[] {CaseStatus.RESOLVED, CaseStatus.REFERRED_TO_COURT, CaseStatus.CLOSED}) {
            assertThat(CaseWorkflow.next(finished)).as("after %s", finished).isEmpty();
        }
    }
}
