package org.courtguide.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.courtguide.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fee bands of the Measures on the Payment of Litigation Costs, against worked examples. */
class FeeScheduleTest {

    static final FeeSchedule FEES = new FeeSchedule(DataFiles.load(Path.of("knowledge/rules/triage/fee-bands.yaml")));

    @ParameterizedTest(name = "{0} yuan costs {1} yuan")
    @CsvSource({
        "0, 50",
        "8000, 50",
        "10000, 50",
        "10001, 50.03",
        "50000, 1050",
        "100000, 2300",
        "150000, 3300",
        "200000, 4300",
        "300000, 5800",
        "500000, 8800",
        "1000000, 13800",
        "2000000, 22800",
        "5000000, 46800",
        "10000000, 81800",
        "20000000, 141800",
        "25000000, 166800"
    })
    void the_fee_is_cumulative_over_the_article_13_bands(String amount, String fee) {
        assertThat(FEES.fee(new BigDecimal(amount))).isEqualByComparingTo(fee);
    }

    @Test
    void simplified_procedure_mediation_and_withdrawal_halve_the_fee_and_a_payment_order_costs_a_third() {
        FeeSchedule.Estimate estimate = FEES.estimate(new BigDecimal("100000"));
        assertThat(estimate.fee()).isEqualByComparingTo("2300");
        assertThat(estimate.simplified()).isEqualByComparingTo("1150");
        assertThat(estimate.mediationOrWithdrawal()).isEqualByComparingTo("1150");
        assertThat(estimate.paymentOrder()).isEqualByComparingTo("766.67");
    }

    @Test
    void the_articles_are_cited() {
        assertThat(FEES.source(Language.ZH)).isEqualTo("《诉讼费用交纳办法》第十三条");
        assertThat(FEES.reductionSources(Language.EN))
                .containsExactly(
                        "Measures on the Payment of Litigation Costs, Article 16",
                        "Measures on the Payment of Litigation Costs, Article 15");
    }

    @Test
    void a_band_typed_wrongly_is_caught_by_the_worked_examples() throws Exception {
        String yaml = Files.readString(Path.of("knowledge/rules/triage/fee-bands.yaml"))
                .replace("{ up_to: 100000, rate: 0.025 }", "{ up_to: 100000, rate: 0.25 }");
        assertThatThrownBy(() -> new FeeSchedule(DataFiles.parse(yaml, "test")))
                .hasMessageContaining("100000 yuan gives");
    }
}
