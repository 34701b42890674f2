package org.courtguide.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which amounts a fee question names. */
class FeeQuestionAnswererTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "起诉10万元要交多少诉讼费？|100000",
                "起诉2.5万元受理费多少|25000",
                "how much does it cost to sue for 100,000 yuan?|100000",
                "court fee for a claim of rmb 8000|8000",
                "court fee for a 5 million claim|5000000",
                "上诉期限是15天吗|",
                "what is the court fee?|",
                "card 6222 0212 3456 7890 123. how do i pay court fees?|",
                "银行卡6222-0212-3456-7890交诉讼费可以吗|",
                "my card 6222021234567890123, court fee for 50,000 yuan?|50000",
                "卡号6222 0212 3456 7890 123，起诉5万元诉讼费多少|50000",
                "court fee for a claim of 8000 yuan, card 4111 1111 1111 1111|8000"
            })
    void finds_the_amount_of_money_not_other_numbers(String question, String expected) {
        Optional<BigDecimal> amount = FeeQuestionAnswerer.amount(question.toLowerCase(java.util.Locale.ROOT));
        if (expected == null) {
            assertThat(amount).isEmpty();
        } else {
            assertThat(amount).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo(expected));
        }
    }
}
