package org.courtguide.knowledge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * While the knowledge base is loaded for the first time, a search or a question would rest on part of the guidance and
 * an answer would wrongly say it is not covered: people are asked to try again shortly instead. A person in crisis
 * still gets the crisis reply, which needs no guidance.
 */
@QuarkusTest
class FirstLoadTest {

    @Inject
    IngestProgress progress;

    @BeforeEach
    void firstLoadRunning() {
        progress.start(1, 5_000, true);
    }

    @AfterEach
    void loaded() {
        progress.finish();
    }

    @Test
    void a_question_during_the_first_load_is_asked_to_wait_not_told_it_is_not_covered() {
        given().contentType(ContentType.JSON)
                .body(Map.of("question", "怎么起诉？"))
                .when()
                .post("/api/ask")
                .then()
                .statusCode(503)
                .header("Retry-After", "30")
                .body("code", equalTo("knowledge_loading"))
                .body("message", containsString("一分钟后再试"))
                .body("message", containsString("12368"));
        given().queryParam("q", "appeal deadline")
                .queryParam("language", "en")
                .when()
                .get("/api/search")
                .then()
                .statusCode(503)
                .body("code", equalTo("knowledge_loading"))
                .body("message", containsString("try again in a minute"));
        String page = given().queryParam("q", "怎么起诉")
                .queryParam("lang", "zh")
                .redirects()
                .follow(false)
                .when()
                .get("/ask")
                .then()
                .statusCode(503)
                .extract()
                .asString();
        assertThat(page).contains("指南正在加载").doesNotContain("没有涵盖");
    }

    @Test
    void a_person_in_crisis_gets_the_crisis_reply_even_during_the_first_load() {
        given().contentType(ContentType.JSON)
                .body(Map.of("question", "我不想活了"))
                .when()
                .post("/api/ask")
                .then()
                .statusCode(200)
                .body("route", equalTo("crisis"))
                .body("answer", containsString("12356"));
    }

    @Test
    void once_loaded_questions_are_answered_again() {
        progress.finish();

        given().contentType(ContentType.JSON)
                .body(Map.of("question", "上诉期限是多少天？"))
                .when()
                .post("/api/ask")
                .then()
                .statusCode(200)
                .body("abstained", equalTo(false));
    }
}
