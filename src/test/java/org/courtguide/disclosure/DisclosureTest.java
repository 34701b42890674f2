package org.courtguide.disclosure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The disclosure states measured figures read from the latest reports, and the trace API is for staff only. */
@QuarkusTest
@TestProfile(DisclosureTestProfile.class)
class DisclosureTest {

    private static void writeRetrievalReport(double recallAt5) throws IOException {
        Path report = Path.of(DisclosureTestProfile.RETRIEVAL_REPORT);
        Files.createDirectories(report.getParent());
        Files.writeString(report, """
                {"kind": "retrieval-evaluation", "date": "2026-11-20T10:00:00Z",
                 "questions": {"path": "dev.jsonl", "count": 930}, "corpus": {"chunks": 5777},
                 "pipelines": {"hybrid": {"recall": {"recall@5": %s, "recall@10": 0.7}, "mrrAt10": 0.55,
                 "latencyP95Ms": 41.0}, "naive-easy-rag": {"recall": {"recall@5": 0.1}}}}
                """.formatted(recallAt5));
    }

    private static void writeAnswersReport(String date, double answered, double declined, double expectedGuide)
            throws IOException {
        Path report = Path.of(DisclosureTestProfile.ANSWERS_REPORT);
        Files.createDirectories(report.getParent());
        Files.writeString(report, """
                {"kind": "answer-evaluation", "date": "%s", "questions": 45, "knowledgeVersion": "ffc1475cf06e",
                 "answeredWhenCovered": %s, "abstainedWhenNotCovered": %s, "citationsResolve": 1.0,
                 "expectedGuideCited": %s, "latencyP50Ms": 51.0, "latencyP95Ms": 97.7, "failures": []}
                """.formatted(date, answered, declined, expectedGuide));
    }

    private static Document page() {
        return page("en");
    }

    private static Document page(String lang) {
        return Jsoup.parse(given().queryParam("lang", lang)
                .when()
                .get("/disclosure")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    /** What a reader sees without opening the technical details. */
    private static String plainText(Document page) {
        Document copy = page.clone();
        copy.select("details.technical").remove();
        return copy.select("main").text();
    }

    @Test
    void the_headline_says_in_plain_words_how_often_the_answers_were_right_with_a_local_date() throws IOException {
        writeRetrievalReport(0.62);
        // 22:13 UTC on the 27th is the 28th in China
        writeAnswersReport("2026-11-27T22:13:09.140698095Z", 0.9375, 1.0, 0.8);

        String zh = plainText(page("zh"));
        assertThat(zh)
                .contains("在指引涵盖的问题中，10 个里大约有 9 个得到了回答")
                .contains("在指引没有涵盖的问题中，全部如实说明")
                .contains("10 个里大约有 8 个的回答引用了那份指引")
                .contains("2026年11月28日")
                .contains("45 个测试问题")
                .contains("10 个里大约有 6 个在前 5 个结果中找到了正确的条文");
        String en = plainText(page("en"));
        assertThat(en)
                .contains("Of the questions the guides cover, about 9 in 10 got an answer with its source")
                .contains("November 28, 2026");
        for (String text : new String[] {zh, en}) {
            assertThat(text)
                    .doesNotContain("2026-11-27T")
                    .doesNotContain("ffc1475cf06e")
                    .doesNotContain(" ms")
                    .doesNotContain("extractive")
                    .doesNotContainPattern("倒数排名|reciprocal rank");
        }

        writeAnswersReport("2026-11-29T02:00:00Z", 0.5, 1.0, 0.8);
        assertThat(plainText(page("en")))
                .contains("about 5 in 10 got an answer")
                .contains("November 29, 2026");
        given().queryParam("lang", "zh")
                .when()
                .get("/api/disclosure")
                .then()
                .statusCode(200)
                .body("timeZone", equalTo("Asia/Shanghai"))
                .body("summary.answersCheckedOn", equalTo("2026-11-29"))
                .body("summary.answered.inTen", equalTo(5))
                .body("summary.declined.extent", equalTo("ALL"))
                .body("summary.searchTop5.inTen", equalTo(6));
    }

    @Test
    void the_technical_figures_are_kept_in_a_details_section() throws IOException {
        writeRetrievalReport(0.5);
        writeAnswersReport("2026-11-27T22:13:09Z", 1.0, 1.0, 0.9375);
        String version = given().when().get("/api/disclosure").then().extract().path("knowledgeVersion");

        Document zh = page("zh");
        assertThat(zh.select("details.technical summary").text()).isEqualTo("技术细节（供专业人员核查）");
        assertThat(zh.select("details.technical").text())
                .contains("extractive")
                .contains(version)
                .contains("平均倒数排名")
                .contains("41.0 ms")
                .contains("93.8 %")
                .contains("Asia/Shanghai");
    }

    @Test
    void the_chinese_page_lists_chinese_sources_first_with_their_status_in_chinese() {
        Document zh = page("zh");
        var rows = zh.select("table.sources-table tbody tr");
        List<String> languages =
                rows.stream().map(r -> r.select("td").first().attr("lang")).toList();
        int firstEnglish = languages.indexOf("en");
        assertThat(languages.subList(0, firstEnglish)).isNotEmpty().containsOnly("zh");
        assertThat(languages.subList(firstEnglish, languages.size())).containsOnly("en");
        assertThat(zh.select("table.sources-table td.validity").eachText())
                .contains("现行有效")
                .doesNotContain("valid");
        assertThat(zh.select("table.sources-table td.date").eachText()).contains("2024年1月1日");

        Document en = page("en");
        assertThat(en.select("table.sources-table tbody tr td").first().attr("lang"))
                .isEqualTo("en");
        assertThat(en.select("table.sources-table td.validity").eachText()).contains("In force");
    }

    @Test
    void shares_are_said_as_all_nearly_all_about_n_in_ten_or_fewer_than_one_in_ten() {
        assertThat(Disclosure.Share.of(1.0).extent()).isEqualTo(Disclosure.Share.Extent.ALL);
        assertThat(Disclosure.Share.of(0.97).extent()).isEqualTo(Disclosure.Share.Extent.NEARLY_ALL);
        assertThat(Disclosure.Share.of(0.9375).inTen()).isEqualTo(9);
        assertThat(Disclosure.Share.of(0.9375).extent()).isEqualTo(Disclosure.Share.Extent.ABOUT);
        assertThat(Disclosure.Share.of(0.02).extent()).isEqualTo(Disclosure.Share.Extent.FEW);
    }

    @Test
    void the_figures_follow_the_latest_evaluation_report() throws IOException {
        writeRetrievalReport(0.5);
        assertThat(page().select("table.figures td").eachText()).contains("50.0 %", "70.0 %", "55.0 %", "41.0 ms");

        writeRetrievalReport(0.75);
        assertThat(page().select("table.figures td").eachText())
                .contains("75.0 %")
                .doesNotContain("50.0 %");
        given().when()
                .get("/api/disclosure")
                .then()
                .statusCode(200)
                .body("retrieval.recallAt5", equalTo(0.75f))
                .body("retrieval.questions", equalTo(930));
    }

    @Test
    void without_a_report_the_page_says_performance_was_not_measured_instead_of_showing_numbers() throws IOException {
        Files.deleteIfExists(Path.of(DisclosureTestProfile.RETRIEVAL_REPORT));
        Files.deleteIfExists(Path.of(DisclosureTestProfile.ANSWERS_REPORT));

        assertThat(page().text()).contains("has not been measured");
        given().when().get("/api/disclosure").then().statusCode(200).body("retrieval", equalTo(null));
    }

    @Test
    void the_page_names_the_operator_the_answerer_the_knowledge_version_and_the_retention() {
        JsonPath disclosure = given().when()
                .get("/api/disclosure")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Document page = page();

        assertThat(page.text())
                .contains("Operated by Test District Court")
                .contains("extractive")
                .contains(disclosure.getString("knowledgeVersion"))
                .contains("30 days")
                .contains("does not decide cases");
        assertThat(disclosure.getList("sources.id")).contains("filing-zh", "filing-en");
    }

    @Test
    void the_internal_trace_api_returns_what_produced_an_answer_to_staff_only() {
        String traceId = given().contentType(ContentType.JSON)
                .body(Map.of("question", "上诉期限是多少天？"))
                .when()
                .post("/api/ask")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("traceId");

        given().when().get("/api/internal/traces/" + traceId).then().statusCode(404);
        given().header("X-Staff-Token", "wrong")
                .when()
                .get("/api/internal/traces/" + traceId)
                .then()
                .statusCode(404);
        given().header("X-Staff-Token", DisclosureTestProfile.STAFF_TOKEN)
                .when()
                .get("/api/internal/traces/" + traceId)
                .then()
                .statusCode(200)
                .body("traceId", equalTo(traceId))
                .body("answeredBy", equalTo("extractive"))
                .body("citedSources[0]", equalTo("time-limits-zh"));
    }
}
