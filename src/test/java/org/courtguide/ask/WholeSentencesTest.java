package org.courtguide.ask;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WholeSentencesTest {

    @Test
    void an_english_quote_ends_at_a_sentence_end_and_keeps_article_references_whole() {
        String text = "You have 15 days to appeal a judgment (Civil Procedure Law, Art. 171). The period runs from "
                + "service. If you miss it, the judgment takes effect (Civil Procedure Law, Art. 158).";

        String quote = WholeSentences.upTo(text, 90);

        assertThat(quote)
                .isEqualTo("You have 15 days to appeal a judgment (Civil Procedure Law, Art. 171).")
                .doesNotContain("…");
    }

    @Test
    void a_chinese_quote_ends_at_a_full_stop_and_the_first_sentence_is_kept_whole_even_when_long() {
        String text = "不服一审判决的，上诉期是十五日，从判决书送达之日起算。双方收到文书时间不同的，各自起算。";

        assertThat(WholeSentences.upTo(text, 10)).isEqualTo("不服一审判决的，上诉期是十五日，从判决书送达之日起算。");
        assertThat(WholeSentences.upTo(text, 200)).isEqualTo(text);
    }

    @Test
    void a_bare_yes_that_may_contradict_the_asked_case_is_left_out() {
        assertThat(UnderstoodAnswerer.withoutBareReply("能。认为生效判决有错误的，可以申请再审。")).startsWith("认为生效判决");
        assertThat(UnderstoodAnswerer.withoutBareReply("Yes. If you believe a judgment is wrong, you can apply."))
                .startsWith("If you believe");
    }
}
