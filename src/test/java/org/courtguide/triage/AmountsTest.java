package org.courtguide.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Amounts as people write them in the amount question, in Chinese and in English, and as descriptions name them. */
class AmountsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "18000|18000",
                "18000元|18000",
                "18,000|18000",
                "18，000元|18000",
                "１８０００|18000",
                "１８，０００元|18000",
                "¥18,000|18000",
                "￥18000|18000",
                "RMB 18,000|18000",
                "18,000 yuan|18000",
                "18000.50|18000.50",
                "1.8万|18000",
                "1.8万元|18000",
                "１.８万|18000",
                "1万8|18000",
                "1万8千|18000",
                "1万8千元|18000",
                "2万5千|25000",
                "1万8000|18000",
                "一万八千元|18000",
                "一万八|18000",
                "一万零八百|10800",
                "一万零八|10008",
                "两万|20000",
                "两千五|2500",
                "三百五十元|350",
                "十五万|150000",
                "二十万|200000",
                "壹万捌仟元整|18000",
                "一百二十三万四千五百六十七|1234567",
                "1亿2千万|120000000",
                "0|0"
            })
    void reads_the_amount_as_written(String written, String yuan) {
        assertThat(Amounts.parse(written))
                .as(written)
                .hasValueSatisfying(amount -> assertThat(amount).isEqualByComparingTo(new BigDecimal(yuan)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "两三万",
                "大概两万",
                "about 18000",
                "-5000",
                "18000.555",
                "1.8.2万",
                "万",
                "abc",
                "18k",
                "2025-03",
                "1万万",
                "一二三",
                "千百",
                "千"
            })
    void refuses_what_is_not_one_amount(String written) {
        assertThat(Amounts.parse(written)).as(written).isEmpty();
    }

    @Test
    void finds_an_amount_named_with_its_currency_in_a_chinese_description() {
        List<Amounts.Found> found = Amounts.findIn("公司拖欠我三个月工资一共一万八千元，2025年3月以后就不接电话。");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.amount()).isEqualByComparingTo("18000");
            assertThat(f.words()).isEqualTo("一万八千元");
        });
        assertThat(Amounts.findIn("朋友借了我１．８万元"))
                .singleElement()
                .satisfies(f -> assertThat(f.amount()).isEqualByComparingTo("18000"));
    }

    @Test
    void finds_an_amount_in_an_english_description() {
        assertThat(Amounts.findIn("Li Lei borrowed 18,000 yuan from me in March."))
                .singleElement()
                .satisfies(f -> assertThat(f.amount()).isEqualByComparingTo("18000"));
        assertThat(Amounts.findIn("He owes me RMB 2,500 for the rent."))
                .singleElement()
                .satisfies(f -> assertThat(f.amount()).isEqualByComparingTo("2500"));
    }

    @Test
    void reads_nothing_from_numbers_without_a_currency() {
        assertThat(Amounts.findIn("身份证号110101199003074514，电话13800138000，2025年3月，三个月"))
                .isEmpty();
        assertThat(Amounts.findIn("It started in 2025 and took 3 months; my phone is 13800138000."))
                .isEmpty();
    }

    @Test
    void names_each_amount_once_so_that_two_different_amounts_can_be_told_apart() {
        assertThat(Amounts.findIn("借了5000元，后来又借了3000元"))
                .extracting(Amounts.Found::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal(5000), new BigDecimal(3000));
        assertThat(Amounts.findIn("欠我18000元，也就是1.8万元")).hasSize(1);
    }
}
