package org.courtguide.ask;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Answers composed from what the question asks, through {@code /api/ask} over the starter guides: each decline reason
 * says why in the user's language, a compound question gets one cited answer per part, a deadline question gets the
 * section holding the deadline, quotes never stop mid-sentence, and the accessible mode answers the question asked.
 */
@QuarkusTest
class UnderstoodAnswersTest {

    private static JsonPath ask(String question, String... mode) {
        Map<String, String> body =
                mode.length == 0 ? Map.of("question", question) : Map.of("question", question, "mode", mode[0]);
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/ask")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "你觉得我这官司最后能赢吗？|不能预测案件结果",
                "你当我的律师，教我怎么对付对方律师才能占上风|不提供诉讼策略",
                "在香港的区域法院起诉要怎么做|只涵盖中华人民共和国内地",
                "My son was arrested for theft, how do we get him a criminal defence lawyer?|criminal matters",
                "我在德国留学，想在德国法院起诉房东要回押金，怎么起诉|只涵盖中华人民共和国内地"
            })
    void a_declined_question_says_why_in_the_users_language_and_quotes_no_section(String question, String reason) {
        JsonPath answer = ask(question);
        String text = answer.getString("answer");

        assertThat(text).contains(reason);
        // the reason comes first; only a request to decide may be followed by the procedure, with its citation
        assertThat(text.split("\n\n")[0]).contains(reason);
        if (!answer.getString("route").equals("prediction")) {
            assertThat(answer.getBoolean("abstained")).isTrue();
            assertThat(answer.getList("citations")).isEmpty();
        }
    }

    @Test
    void a_strategy_decline_points_to_legal_aid_and_its_guide() {
        JsonPath answer = ask("你当我的律师，教我怎么对付对方律师才能占上风");

        assertThat(answer.getString("answer")).contains("12348");
        assertThat(answer.getList("suggestions.url", String.class)).contains("/guides/legal-aid-zh");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "执行的申请期限有多长时间？|preservation-enforcement-zh#s5|二年",
                "How many days do I have to lodge an appeal against the judgment?|appeal-retrial-en#s1|15 days"
            })
    void a_deadline_question_cites_the_section_holding_the_deadline_first(
            String question, String section, String deadline) {
        JsonPath answer = ask(question);

        String guide = section.substring(0, section.indexOf('#'));
        String anchor = section.substring(section.indexOf('#') + 1);
        assertThat(answer.getString("citations[0].url")).matches(".*/guides/" + guide + "#" + anchor + "(-.*)?");
        assertThat(answer.getString("answer")).contains(deadline);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "上诉期限有几天？上诉费要交多少？|appeal-retrial-zh|十五日",
                "How long do I have to appeal, and how much is the appeal fee?|appeal-retrial-en|15 days"
            })
    void each_part_of_a_compound_question_gets_its_own_answer_and_citation(
            String question, String guide, String deadline) {
        JsonPath answer = ask(question);
        List<String> sections = answer.getList("citations.section");
        String text = answer.getString("answer");

        assertThat(answer.getBoolean("abstained")).isFalse();
        assertThat(sections.size()).isGreaterThanOrEqualTo(2);
        assertThat(answer.getList("citations.sourceId", String.class).subList(0, 2))
                .containsOnly(guide);
        assertThat(sections.get(0)).isNotEqualTo(sections.get(1));
        assertThat(text).contains("[1]").contains("[2]").contains(deadline);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "How long do I have to apply for enforcement of a judgment?",
                "Can I get the other side's assets frozen before I even sue?",
                "What happens if the debtor objects to a payment order?",
                "申请再审向哪个法院提出，期限多长？"
            })
    void no_answer_stops_mid_sentence(String question) {
        for (String mode : List.of("standard", "accessible")) {
            String text = ask(question, mode).getString("answer");
            assertThat(text).as(mode).doesNotContain("…").doesNotContain("...");
        }
    }

    @Test
    void a_rights_question_gets_the_procedure_and_an_honest_word_on_rights() {
        JsonPath zh = ask("邻居家的空调外机滴水把我家窗台泡坏了，他这样算侵权吗？");
        JsonPath en = ask("My flatmate broke my laptop and refuses to pay, is he legally liable?");

        assertThat(zh.getBoolean("abstained")).isFalse();
        assertThat(zh.getString("answer")).contains("12348").contains("无法回答");
        assertThat(zh.getList("citations")).isNotEmpty();
        assertThat(en.getBoolean("abstained")).isFalse();
        assertThat(en.getString("answer")).contains("12348").contains("cannot assess");
        assertThat(en.getList("citations")).isNotEmpty();
    }

    @Test
    void the_accessible_mode_answers_the_question_asked_from_the_same_section_as_the_standard_answer() {
        JsonPath feePlain = ask("上诉的话费用要交多少？", "accessible");
        JsonPath howPlain = ask("不服一审判决，上诉状应该交到哪里？", "accessible");
        JsonPath feeStandard = ask("上诉的话费用要交多少？");

        assertThat(feePlain.getString("answer")).isNotEqualTo(howPlain.getString("answer"));
        assertThat(feePlain.getString("citations[0].url")).isEqualTo(feeStandard.getString("citations[0].url"));
        assertThat(feePlain.getString("citations[0].url")).isNotEqualTo(howPlain.getString("citations[0].url"));
    }

    @Test
    void a_bank_card_number_is_never_read_as_a_claim_amount() {
        String text = ask("Refund to my card 6222 0212 3456 7890 123 please. How do I pay the court fees?")
                .getString("answer");

        assertThat(text).doesNotContain("6,222").doesNotContain("6222 yuan");
    }
}
