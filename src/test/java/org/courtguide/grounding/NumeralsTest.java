package org.courtguide.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The same number written in digits, Chinese numerals or English words is one value. */
class NumeralsTest {

    @Test
    void fifteen_days_is_one_value_in_every_notation() {
        assertThat(Numerals.in("上诉期是十五日")).containsExactly("15");
        assertThat(Numerals.in("上诉期是15日")).containsExactly("15");
        assertThat(Numerals.in("You have fifteen days to appeal")).containsExactly("15");
        assertThat(Numerals.in("You have 15 days to appeal")).containsExactly("15");
        assertThat(Numerals.in("a fifteen-day time limit")).containsExactly("15");
    }

    @Test
    void chinese_numerals_with_units_of_ten_hundred_and_ten_thousand() {
        assertThat(Numerals.chinese("十")).isEqualTo(10);
        assertThat(Numerals.chinese("三十")).isEqualTo(30);
        assertThat(Numerals.chinese("一百二十")).isEqualTo(120);
        assertThat(Numerals.chinese("一百零五")).isEqualTo(105);
        assertThat(Numerals.chinese("一百七十一")).isEqualTo(171);
        assertThat(Numerals.chinese("三万五千")).isEqualTo(35_000);
        assertThat(Numerals.chinese("十万")).isEqualTo(100_000);
        assertThat(Numerals.chinese("一亿二千万")).isEqualTo(120_000_000);
        assertThat(Numerals.chinese("两")).isEqualTo(2);
        assertThat(Numerals.chinese("二〇二四")).isEqualTo(2024);
    }

    @Test
    void amounts_percentages_and_dates() {
        assertThat(Numerals.in("标的额5万元以下")).containsExactly("50000");
        assertThat(Numerals.in("标的额五万元以下")).containsExactly("50000");
        assertThat(Numerals.in("a claim of 50,000 yuan")).containsExactly("50000");
        assertThat(Numerals.in("1.5万元")).containsExactly("15000");
        assertThat(Numerals.in("减半交纳，即50%")).containsExactly("50");
        assertThat(Numerals.in("按百分之五十交纳")).containsExactly("50");
        assertThat(Numerals.in("费率0.5％")).containsExactly("0.5");
        assertThat(Numerals.in("2024年1月1日起施行")).containsExactly("2024", "1");
        assertThat(Numerals.in("二〇二四年一月一日")).containsExactly("2024", "1");
        assertThat(Numerals.in("three months")).containsExactly("3");
        assertThat(Numerals.in("one hundred and twenty days")).containsExactly("120");
    }

    @Test
    void ordinals_of_articles_count() {
        assertThat(Numerals.in("《民事诉讼法》第一百七十一条")).containsExactly("171");
        assertThat(Numerals.in("Article 171 of the Civil Procedure Law")).containsExactly("171");
    }

    @Test
    void words_that_merely_contain_a_numeral_character_are_not_numbers() {
        assertThat(Numerals.in("一般情况下，法院一定会通知您，全国统一，千万不要错过，这十分重要，万一来不及")).isEmpty();
        assertThat(Numerals.in("one of the parties may ask; the court will consider it"))
                .isEmpty();
        assertThat(Numerals.in("不服一审判决的，可以上诉")).isEmpty();
    }

    @Test
    void lone_numerals_before_a_unit_count() {
        assertThat(Numerals.in("五日内")).containsExactly("5");
        assertThat(Numerals.in("三个月内审结")).containsExactly("3");
        assertThat(Numerals.in("两年")).containsExactly("2");
        assertThat(Numerals.in("第三人")).containsExactly("3");
    }

    @Test
    void citation_markers_are_not_numbers() {
        assertThat(Numerals.in("上诉期是十五日[1]。费用【2】")).containsExactly("15");
        assertThat(Numerals.in("Appeal within 15 days [3].")).containsExactly("15");
    }
}
