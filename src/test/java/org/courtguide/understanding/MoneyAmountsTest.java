package org.courtguide.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyAmountsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "借给同事10万元，起诉要交多少诉讼费|100000",
                "对方欠我3万，能走小额诉讼吗|30000",
                "How much is the court fee if I sue for 100,000 yuan?|100000",
                "I claim RMB 8000 from my landlord|8000",
                "赔偿¥5000|5000"
            })
    void a_number_with_a_currency_or_money_scale_is_an_amount(String question, String amount) {
        assertThat(MoneyAmounts.find(question)).contains(new BigDecimal(amount));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "My bank card is 6222 0212 3456 7890 123. How do I pay court fees?",
                "退款打到卡号6217000012345678901，诉讼费怎么交",
                "card 6222-0212-3456-7890 please refund",
                "上诉期限是15天吗",
                "Is the appeal period 15 days or 30 days?"
            })
    void card_numbers_and_bare_numbers_are_never_amounts(String question) {
        assertThat(MoneyAmounts.find(question)).isEmpty();
    }

    @Test
    void a_card_number_next_to_a_real_amount_leaves_only_the_amount() {
        assertThat(MoneyAmounts.find("Refund to card 6217 0000 1234 5678 901. I sue for 100,000 yuan."))
                .contains(new BigDecimal("100000"));
        assertThat(MoneyAmounts.withoutCardNumbers("卡号6217000012345678901，要回10万元"))
                .doesNotContain("6217")
                .contains("10万元");
    }
}
