package org.courtguide.ask;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.courtguide.conversation.Turn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The HTTP contract of {@code /api/ask} and {@code /api/search} over the starter knowledge base. */
@QuarkusTest
class AskApiResourceTest {

    private static JsonPath ask(Map<String, String> body) {
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
                "上诉期限是多少天？|zh|time-limits-zh",
                "怎么起诉？|zh|filing-zh",
                "交不起诉讼费，可以申请缓交或者免交吗？|zh|fees-zh",
                "How long do I have to appeal a first-instance judgment?|en|appeal-retrial-en",
                "Can I ask the court to waive my court fees?|en|fees-en",
                "How do I apply for legal aid?|en|legal-aid-en",
                // questions people ask that the first fourteen guides did not cover
                "劳动争议一定要先去劳动仲裁吗？仲裁裁决不服多少天内可以去法院起诉|zh|labour-disputes-zh",
                "起诉离婚被驳回多久能再起诉|zh|divorce-zh",
                "对方下落不明，法院怎么通知他（公告送达）|zh|missing-party-zh",
                "判决生效两年了还能申请强制执行吗|zh|enforcement-zh",
                "告政府部门（行政诉讼）要多久内起诉|zh|administrative-litigation-zh",
                "被人打了，怎么自诉|zh|private-prosecution-zh",
                "我听不见，开庭时法院能提供手语翻译或其他便利吗|zh|disability-access-zh",
                "怎么查我的案子进展到哪一步了|zh|case-progress-zh",
                "Do I have to go to labour arbitration before suing my employer?|en|labour-disputes-en",
                "How long do I have to sue a government department?|en|administrative-litigation-en"
            })
    void answers_a_covered_question_with_a_citation_that_opens_the_cited_section(
            String question, String language, String expectedGuide) {
        JsonPath answer = ask(Map.of("question", question));

        assertThat(answer.getBoolean("abstained")).isFalse();
        assertThat(answer.getString("language")).isEqualTo(language);
        assertThat(answer.getString("answer")).contains("[1]");
        assertThat(answer.getString("notice")).isNotBlank();
        assertThat(answer.getString("traceId")).isNotBlank();
        assertThat(answer.getString("knowledgeVersion")).isNotBlank().isNotEqualTo("empty");
        List<String> cited = answer.getList("citations.sourceId");
        assertThat(cited).contains(expectedGuide);

        String url = answer.getString("citations[0].url");
        String anchor = url.substring(url.indexOf('#') + 1);
        String page = given().urlEncodingEnabled(false)
                .when()
                .get(url.substring(0, url.indexOf('#')))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Document html = Jsoup.parse(page);
        assertThat(html.getElementById(anchor))
                .as("the cited section is on the page")
                .isNotNull();
        assertThat(html.getElementById(anchor).text()).contains(answer.getString("citations[0].section"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "明天火星上的天气怎么样？|zh|12368",
                "今天的股票会涨吗？|zh|12368",
                "What is a good recipe for chocolate cake?|en|12368",
                "Who won the football match yesterday?|en|12368"
            })
    void abstains_on_a_question_the_guidance_does_not_cover_and_says_whom_to_contact(
            String question, String language, String hotline) {
        JsonPath answer = ask(Map.of("question", question));

        assertThat(answer.getBoolean("abstained")).isTrue();
        assertThat(answer.getList("citations")).isEmpty();
        assertThat(answer.getString("answer")).contains(hotline);
        assertThat(answer.getString("language")).isEqualTo(language);
        assertThat(answer.getString("traceId")).isNotBlank();
    }

    @Test
    void answers_in_the_requested_language_even_when_detection_would_differ() {
        JsonPath answer = ask(Map.of("question", "appeal 上诉期限", "language", "en"));
        assertThat(answer.getString("language")).isEqualTo("en");
        assertThat(answer.getString("notice")).contains("not legal advice");
    }

    @Test
    void records_the_turn_under_its_trace_id_with_personal_data_redacted() {
        String question = "上诉期限是多少天？我的电话是13812345678";
        JsonPath answer = ask(Map.of("question", question));
        String traceId = answer.getString("traceId");

        Turn turn = QuarkusTransaction.requiringNew().call(() -> Turn.findById(traceId));
        assertThat(turn).isNotNull();
        assertThat(turn.citedSources).contains("time-limits-zh");
        assertThat(turn.sourceScores.lines().count())
                .isEqualTo(turn.citedSources.lines().count());
        assertThat(turn.knowledgeVersion).isEqualTo(answer.getString("knowledgeVersion"));
        assertThat(turn.answeredBy).isEqualTo("extractive");
        assertThat(turn.answerText).isEqualTo(answer.getString("answer"));
        assertThat(turn.redactedQuestion).contains("上诉期限").doesNotContain("13812345678");
    }

    @Test
    void rejects_an_empty_question_in_the_users_language() {
        given().contentType(ContentType.JSON)
                .body(Map.of("question", "  ", "language", "zh"))
                .when()
                .post("/api/ask")
                .then()
                .statusCode(400)
                .body("code", equalTo("empty_question"))
                .body("message", equalTo("请输入您的问题。"));
        given().contentType(ContentType.JSON)
                .body(Map.of("question", "", "language", "en"))
                .when()
                .post("/api/ask")
                .then()
                .statusCode(400)
                .body("message", equalTo("Please type a question."));
    }

    @Test
    void rejects_a_question_over_2000_characters() {
        given().contentType(ContentType.JSON)
                .body(Map.of("question", "问".repeat(2001)))
                .when()
                .post("/api/ask")
                .then()
                .statusCode(400)
                .body("code", equalTo("question_too_long"))
                .body("message", containsString("2000"));
    }

    @Test
    void accepts_a_question_of_exactly_2000_characters() {
        given().contentType(ContentType.JSON)
                .body(Map.of("question", "上诉期限" + "问".repeat(1996)))
                .when()
                .post("/api/ask")
                .then()
                .statusCode(200);
    }

    @Test
    void rejects_malformed_json_without_a_stack_trace() {
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body("{bad json")
                .when()
                .post("/api/ask")
                .then()
                .statusCode(400)
                .body("code", equalTo("malformed_request"))
                .body(not(containsString("Exception")))
                .body(not(containsString("at com.")));
    }

    @Test
    void rejects_a_wrong_content_type_with_400() {
        given().contentType(ContentType.TEXT)
                .header("Accept-Language", "zh")
                .body("上诉期限")
                .when()
                .post("/api/ask")
                .then()
                .statusCode(400)
                .body("code", equalTo("unsupported_content_type"))
                .body("message", containsString("JSON"));
    }

    @Test
    void search_puts_the_guide_section_that_answers_a_known_question_in_the_top_3() {
        JsonPath result = given().queryParam("q", "不服一审判决，上诉期限是多少天")
                .queryParam("k", 3)
                .when()
                .get("/api/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(result.getList("results.sourceId", String.class))
                .anyMatch(id -> id.startsWith("time-limits-zh") || id.startsWith("appeal-retrial-zh"));
        assertThat(result.getList("results.section", String.class)).anyMatch(s -> s.contains("上诉期限"));
        List<Float> scores = result.getList("results.score", Float.class);
        assertThat(scores).isSortedAccordingTo((a, b) -> Float.compare(b, a));
    }

    @Test
    void search_filters_by_language() {
        List<String> ids = given().queryParam("q", "appeal deadline")
                .queryParam("language", "zh")
                .queryParam("k", 10)
                .when()
                .get("/api/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("results.sourceId");
        assertThat(ids).isNotEmpty().allSatisfy(id -> assertThat(id).doesNotEndWith("-en"));
    }

    @Test
    void search_rejects_an_empty_query() {
        given().queryParam("q", "")
                .when()
                .get("/api/search")
                .then()
                .statusCode(400)
                .body("code", equalTo("empty_question"));
    }
}
