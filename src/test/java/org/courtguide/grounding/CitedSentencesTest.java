package org.courtguide.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.courtguide.Language;
import org.courtguide.source.KnowledgeChunk;
import org.courtguide.source.SourceKind;
import org.junit.jupiter.api.Test;

/** How an answer is cut into cited sentences, and which source sentence a number must come from. */
class CitedSentencesTest {

    @Test
    void a_marker_belongs_to_the_sentence_it_ends_before_or_after_the_full_stop() {
        List<CitedSentences.Sentence> s =
                CitedSentences.split("上诉期是十五日[1]。您一定会胜诉。You have 15 days. [2] Appeal (Art. 171) in writing [1][3].");

        assertThat(s)
                .extracting(CitedSentences.Sentence::cites)
                .containsExactly(List.of(1), List.of(), List.of(2), List.of(1, 3));
        assertThat(s.get(3).plain()).isEqualTo("Appeal (Art. 171) in writing .");
        assertThat(CitedSentences.join(s))
                .isEqualTo("上诉期是十五日[1]。您一定会胜诉。You have 15 days. [2] Appeal (Art. 171) in writing [1][3].");
    }

    @Test
    void a_line_ending_in_a_colon_stays_with_its_list() {
        List<CitedSentences.Sentence> s = CitedSentences.split("You need:\n- a complaint [1]\n- copies [2]");

        assertThat(s).extracting(CitedSentences.Sentence::cites).containsExactly(List.of(1), List.of(2));
    }

    @Test
    void a_number_must_come_from_the_source_sentence_that_says_the_same_thing() {
        KnowledgeChunk appeal = new KnowledgeChunk(
                "a",
                "appeal-retrial-zh",
                SourceKind.GUIDE,
                "zh",
                null,
                "上诉与再审",
                "不服一审判决，上诉期限是多少天",
                "a",
                0,
                "不服一审判决的，上诉期是十五日，从判决书送达之日起算。在我国境内没有住所的当事人，上诉期是三十日。",
                "");

        assertThat(GroundingChecker.numbersStated("不服一审判决的，上诉期是15日", List.of(appeal)))
                .isTrue();
        assertThat(GroundingChecker.numbersStated("不服一审判决的，上诉期限是30日", List.of(appeal)))
                .isFalse();
        assertThat(GroundingChecker.numbersStated("境内没有住所的当事人，上诉期是三十日", List.of(appeal)))
                .isTrue();
        assertThat(GroundingChecker.numbersStated("上诉费是50元", List.of(appeal))).isFalse();
    }

    @Test
    void the_language_check_allows_a_term_of_the_other_script() {
        assertThat(GroundingChecker.inLanguage("Ask at the litigation service centre (诉讼服务中心).", Language.EN))
                .isTrue();
        assertThat(GroundingChecker.inLanguage("不服一审判决的，上诉期是十五日。", Language.EN)).isFalse();
        assertThat(GroundingChecker.inLanguage("可以在人民法院在线服务APP上立案。", Language.ZH))
                .isTrue();
        assertThat(GroundingChecker.inLanguage("You have 15 days to appeal the judgment.", Language.ZH))
                .isFalse();
    }
}
