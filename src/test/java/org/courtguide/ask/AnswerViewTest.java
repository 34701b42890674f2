package org.courtguide.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.courtguide.Language;
import org.junit.jupiter.api.Test;

/** How an answer's text becomes what the page shows: paragraphs, lists and citation links. */
class AnswerViewTest {

    private static final Citation FEES =
            new Citation(1, "fees-zh", "诉讼费用", "交多少", "Court Guide", "2024-01-01", "/guides/fees-zh#s3");

    @Test
    void lines_written_as_a_list_become_one_list_between_the_text_before_and_after_it() {
        AnswerView view =
                AnswerView.of(answer("非财产案件按件交纳：\n- 离婚案件每件50元至300元；\n- 劳动争议案件每件10元。\n具体数额由各省确定。 [1]"), "离婚要交多少钱");

        assertThat(view.blocks()).extracting(AnswerView.Block::list).containsExactly(false, true, false);
        assertThat(text(view.blocks().get(0).text())).isEqualTo("非财产案件按件交纳：");
        assertThat(view.blocks().get(1).items())
                .extracting(AnswerViewTest::text)
                .containsExactly("离婚案件每件50元至300元；", "劳动争议案件每件10元。");
        List<AnswerView.Segment> last = view.blocks().get(2).text();
        assertThat(last.get(last.size() - 1).cited()).isTrue();
        assertThat(last.get(last.size() - 1).n()).isEqualTo(1);
    }

    @Test
    void a_paragraph_without_list_lines_stays_one_paragraph_with_its_line_breaks() {
        AnswerView view = AnswerView.of(answer("第一行\n第二行 [1]", "另见：第二段"), "怎么起诉");

        assertThat(view.blocks()).hasSize(2).noneMatch(AnswerView.Block::list);
        assertThat(text(view.blocks().get(0).text())).isEqualTo("第一行\n第二行 [1]");
    }

    @Test
    void a_dash_inside_a_line_or_without_a_space_is_text() {
        AnswerView view = AnswerView.of(answer("期限-15日\n-15日内"), "上诉期限");

        assertThat(view.blocks()).hasSize(1).noneMatch(AnswerView.Block::list);
    }

    private static Answer answer(String... paragraphs) {
        return new Answer(
                "7f3c2a10-0000-4000-8000-000000000001",
                Language.ZH,
                List.of(paragraphs),
                List.of(FEES),
                false,
                List.of(),
                "仅供参考",
                "extractive",
                "v1");
    }

    private static String text(List<AnswerView.Segment> segments) {
        return String.join("", segments.stream().map(AnswerView.Segment::text).toList());
    }
}
