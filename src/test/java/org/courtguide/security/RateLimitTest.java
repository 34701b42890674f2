package org.courtguide.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.courtguide.testsupport.CsrfForm;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Asking is limited per client (3 a minute here): the next ask gets a polite 429 with Retry-After, others don't. */
@QuarkusTest
@TestProfile(LimitedProfile.class)
class RateLimitTest {

    private static Response askApi(String client, String language) {
        return given().header("X-Forwarded-For", client)
                .header("Accept-Language", language)
                .contentType(ContentType.JSON)
                .body(Map.of("question", "怎么起诉？"))
                .when()
                .post("/api/ask");
    }

    @Test
    void the_fourth_ask_in_a_minute_is_refused_politely_with_retry_after() {
        for (int i = 0; i < 3; i++) {
            assertThat(askApi("203.0.113.1", "en").statusCode()).isEqualTo(200);
        }
        Response refused = askApi("203.0.113.1", "en");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        assertThat(refused.jsonPath().getString("code")).isEqualTo("too_many_requests");
        assertThat(refused.jsonPath().getString("message"))
                .contains("try again in")
                .contains("seconds");
    }

    @Test
    void the_page_and_the_api_share_one_allowance_and_the_page_explains_in_chinese() {
        String client = "203.0.113.2";
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", client)
                    .redirects()
                    .follow(false)
                    .queryParam("q", "怎么起诉？")
                    .when()
                    .get("/ask")
                    .then()
                    .statusCode(303);
        }
        assertThat(askApi(client, "zh").statusCode()).isEqualTo(429);

        Response page = CsrfForm.given()
                .header("X-Forwarded-For", client)
                .queryParam("lang", "zh")
                .formParam("question", "怎么起诉？")
                .when()
                .post("/ask");
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.header("Retry-After")).isNotBlank();
        Document html = Jsoup.parse(page.asString());
        assertThat(html.selectFirst("h1").text()).isEqualTo("请稍候");
        assertThat(html.select("a[href=/contact]"))
                .as("a way to reach a person")
                .isNotEmpty();
    }

    @Test
    void one_client_over_its_limit_does_not_hold_up_another_or_other_buckets() {
        for (int i = 0; i < 4; i++) {
            askApi("203.0.113.3", "en");
        }
        assertThat(askApi("203.0.113.3", "en").statusCode()).isEqualTo(429);

        assertThat(askApi("203.0.113.4", "en").statusCode())
                .as("another client")
                .isEqualTo(200);
        assertThat(given().header("X-Forwarded-For", "203.0.113.3")
                        .queryParam("q", "上诉")
                        .when()
                        .get("/api/search")
                        .statusCode())
                .as("the search bucket")
                .isEqualTo(200);
        assertThat(given().header("X-Forwarded-For", "203.0.113.3")
                        .when()
                        .get("/guides")
                        .statusCode())
                .as("the guide library is never limited")
                .isEqualTo(200);
    }
}
