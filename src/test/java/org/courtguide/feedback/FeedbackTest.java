package org.courtguide.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.courtguide.conversation.Feedback;
import org.courtguide.testsupport.CsrfForm;
import org.junit.jupiter.api.Test;

/** Feedback is stored with its answer's trace id; wrong-answer reports reach the review queue, redacted. */
@QuarkusTest
class FeedbackTest {

    private static String traceOfAnAnswer() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("question", "How do I apply for legal aid?"))
                .when()
                .post("/api/ask")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("traceId");
    }

    @Test
    void a_report_of_a_wrong_answer_is_queued_for_review_with_personal_data_removed() {
        String traceId = traceOfAnAnswer();

        CsrfForm.given()
                .formParam("traceId", traceId)
                .formParam("wrong", "1")
                .formParam("reason", "The deadline is wrong, call me on 13812345678")
                .redirects()
                .follow(false)
                .when()
                .post("/feedback")
                .then()
                .statusCode(303);

        List<Feedback> queue = QuarkusTransaction.requiringNew().call(Feedback::openReports);
        Feedback report = queue.stream()
                .filter(f -> f.traceId.equals(traceId))
                .findFirst()
                .orElseThrow();
        assertThat(report.wrongAnswer).isTrue();
        assertThat(report.reason).contains("deadline is wrong").doesNotContain("13812345678");
    }

    @Test
    void helpful_feedback_through_the_api_is_stored_and_not_queued() {
        String traceId = traceOfAnAnswer();

        given().contentType(ContentType.JSON)
                .body(Map.of("traceId", traceId, "helpful", true))
                .when()
                .post("/api/feedback")
                .then()
                .statusCode(201);

        Feedback stored = QuarkusTransaction.requiringNew()
                .call(() -> Feedback.<Feedback>find("traceId", traceId).firstResult());
        assertThat(stored.helpful).isTrue();
        assertThat(stored.reviewStatus).isEqualTo("NONE");
    }

    @Test
    void feedback_on_an_unknown_answer_is_refused_politely() {
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(Map.of("traceId", "00000000-0000-0000-0000-000000000000", "helpful", true))
                .when()
                .post("/api/feedback")
                .then()
                .statusCode(400)
                .body("code", equalTo("unknown_answer"));
    }
}
