package org.courtguide.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What an operator scrapes and reads: service metrics, readiness with the vector store and the database, OpenAPI. */
@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void an_abstained_question_and_feedback_show_up_in_the_metrics() {
        double abstainedBefore = metric("court_guide_answers_total\\{answerer=\"[^\"]*\",route=\"abstained\"\\}");
        String traceId = given().contentType(ContentType.JSON)
                .body(Map.of("question", "明天火星上的天气怎么样？"))
                .when()
                .post("/api/ask")
                .then()
                .statusCode(200)
                .extract()
                .path("traceId");
        given().contentType(ContentType.JSON)
                .body(Map.of("traceId", traceId, "helpful", false))
                .when()
                .post("/api/feedback")
                .then()
                .statusCode(201);

        assertThat(metric("court_guide_answers_total\\{answerer=\"[^\"]*\",route=\"abstained\"\\}"))
                .isEqualTo(abstainedBefore + 1);
        assertThat(metric("court_guide_feedback_total\\{kind=\"not_helpful\"\\}"))
                .isGreaterThanOrEqualTo(1);
        assertThat(metric("court_guide_retrieval_latency_seconds_count\\{mode=\"hybrid\"\\}"))
                .isGreaterThanOrEqualTo(1);
        assertThat(metric("court_guide_answer_latency_seconds_count\\{route=\"abstained\"\\}"))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void readiness_covers_the_vector_store_and_the_database() {
        String body = given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(body).contains("\"vector-store\"").contains("Database connections health check");
    }

    @Test
    void the_openapi_document_describes_the_ask_api() {
        given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/ask"));
    }

    @Test
    void every_operation_of_the_openapi_document_has_an_id_of_its_own() throws Exception {
        String document = given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        java.util.List<String> ids = new java.util.ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(document)
                .get("paths")
                .forEach(path -> path.forEach(operation -> {
                    if (operation.has("operationId")) {
                        ids.add(operation.get("operationId").asText());
                    }
                }));
        // client generators name their methods after these ids: "show" of two pages would clash
        assertThat(ids).hasSizeGreaterThan(10).doesNotHaveDuplicates();
    }

    private static double metric(String pattern) {
        String metrics = given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Matcher m = Pattern.compile("^" + pattern + " ([0-9.eE+-]+)$", Pattern.MULTILINE)
                .matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
