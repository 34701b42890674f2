package org.courtguide.trust;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

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

    private static Document page() {
        return Jsoup.parse(given().queryParam("lang", "en").when().get("/disclosure").then().statusCode(200).extract()
                .asString());
    }

    @Test
    void the_figures_follow_the_latest_evaluation_report() throws IOException {
        writeRetrievalReport(0.5);
        assertThat(page().select("table.figures td").eachText()).contains("50.0 %", "70.0 %", "55.0 %", "41.0 ms");

        writeRetrievalReport(0.75);
        assertThat(page().select("table.figures td").eachText()).contains("75.0 %").doesNotContain("50.0 %");
        given().when().get("/api/disclosure").then().statusCode(200).body("retrieval.recallAt5", equalTo(0.75f))
                .body("retrieval.questions", equalTo(930));
    }

    @Test
    void without_a_report_the_page_says_performance_was_not_measured_instead_of_showing_numbers() throws IOException {
        Files.deleteIfExists(Path.of(DisclosureTestProfile.RETRIEVAL_REPORT));

        assertThat(page().text()).contains("has not been measured");
        given().when().get("/api/disclosure").then().statusCode(200).body("retrieval", equalTo(null));
    }

    @Test
    void the_page_names_the_operator_the_answerer_the_knowledge_version_and_the_retention() {
        JsonPath disclosure = given().when().get("/api/disclosure").then().statusCode(200).extract().jsonPath();
        Document page = page();

        assertThat(page.text()).contains("Operated by Test District Court").contains("extractive")
                .contains(disclosure.getString("knowledgeVersion")).contains("30 days")
                .contains("does not decide cases");
        assertThat(disclosure.getList("sources.id")).contains("filing-zh", "filing-en");
    }

    @Test
    void the_internal_trace_api_returns_what_produced_an_answer_to_staff_only() {
        String traceId = given().contentType(ContentType.JSON).body(Map.of("question", "上诉期限是多少天？")).when()
                .post("/api/ask").then().statusCode(200).extract().jsonPath().getString("traceId");

        given().when().get("/api/internal/traces/" + traceId).then().statusCode(404);
        given().header("X-Staff-Token", "wrong").when().get("/api/internal/traces/" + traceId).then().statusCode(404);
        given().header("X-Staff-Token", DisclosureTestProfile.STAFF_TOKEN).when()
                .get("/api/internal/traces/" + traceId).then().statusCode(200).body("traceId", equalTo(traceId))
                .body("answeredBy", equalTo("extractive")).body("citedSources[0]", equalTo("time-limits-zh"));
    }
}
