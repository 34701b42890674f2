package org.courtguide.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.courtguide.testsupport.CsrfForm;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Oversize requests are refused with a reason the person can act on, in their language: a body over 64 KB (413), an
 * address over 4,096 characters (414), headers over 16 KB (431). JSON {@code {code, message}} for the API, a short
 * page otherwise; never an empty body, never a stack trace.
 */
@QuarkusTest
class RequestLimitsTest {

    private static final String CHINESE = ".*[\\u4e00-\\u9fff].*";

    @TestHTTPResource("/api/ask")
    URI askApi;

    private static void isAShortPage(Response r, String lang, String expected) {
        assertThat(r.contentType()).startsWith("text/html");
        Document page = Jsoup.parse(r.asString());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo(lang);
        assertThat(page.selectFirst("[role=alert]").text()).contains(expected);
        assertThat(page.select("a[href=/contact]")).isNotEmpty();
        assertThat(r.asString()).doesNotContain("Exception").doesNotContain("at io.");
    }

    @Test
    void an_oversize_body_gets_a_localised_413() {
        String huge = "{\"question\": \"" + "问".repeat(40_000) + "\"}";
        Response api = given().contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(huge)
                .when()
                .post("/api/ask");
        assertThat(api.statusCode()).isEqualTo(413);
        assertThat(api.jsonPath().getString("code")).isEqualTo("too_large");
        assertThat(api.jsonPath().getString("message")).contains("2,000 characters");

        Response form = given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .header("Accept-Language", "zh-CN,zh;q=0.9")
                .body("question=" + "a".repeat(100_000))
                .when()
                .post("/ask");
        assertThat(form.statusCode()).isEqualTo(413);
        isAShortPage(form, "zh", "2000 字");
    }

    @Test
    void an_oversize_body_without_a_length_is_refused_and_small_ones_are_read_as_usual() throws Exception {
        // no Content-Length: the limit is only met while the body is read
        byte[] body = ("{\"question\": \"" + "x".repeat(200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(askApi)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        // refused while read, by the framework's own reader: the right status, but no body can be added (SECURITY.md).
        // The server may answer and close while the client is still sending; then the client sees the connection cut
        // instead of the status. Either way the body is refused: accepting it would give 200 or 400.
        try {
            HttpResponse<String> response = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(413);
        } catch (java.io.IOException cutWhileSending) {
            // refused before the whole body was sent
        }

        // a small body sent the same way is read and answered as usual
        byte[] small = "{\"question\": \"How do I appeal a judgment?\"}".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answered = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(askApi)
                                .header("Content-Type", "application/json")
                                .header("Accept-Language", "en")
                                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(answered.statusCode()).isEqualTo(200);

        // and so is a form sent without a Content-Length (CSRF token and all)
        CsrfForm.Token token = CsrfForm.token();
        byte[] form = ("csrf-token=" + java.net.URLEncoder.encode(token.field(), StandardCharsets.UTF_8) + "&question="
                        + java.net.URLEncoder.encode("怎么上诉？", StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> posted = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(
                        HttpRequest.newBuilder(askApi.resolve("/ask"))
                                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                                .header("Cookie", CsrfForm.COOKIE + "=" + token.cookie())
                                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(303);
    }

    @Test
    void an_oversize_address_gets_a_localised_414() {
        String longQuery = "q".repeat(5000);
        Response page = given().header("Accept-Language", "en").when().get("/guides?q=" + longQuery);
        assertThat(page.statusCode()).isEqualTo(414);
        isAShortPage(page, "en", "address is too long");

        Response api = given().header("Accept-Language", "zh").when().get("/api/search?q=" + longQuery);
        assertThat(api.statusCode()).isEqualTo(414);
        assertThat(api.jsonPath().getString("code")).isEqualTo("uri_too_long");
        assertThat(api.jsonPath().getString("message")).matches(CHINESE);
    }

    @Test
    void oversize_headers_get_a_localised_431() {
        Response page = given().header("X-Padding", "a".repeat(20_000)).when().get("/");
        assertThat(page.statusCode()).isEqualTo(431);
        isAShortPage(page, "zh", "Cookie");

        Response api = given().header("Accept-Language", "en")
                .header("X-Padding", "a".repeat(20_000))
                .when()
                .get("/api/search?q=fees");
        assertThat(api.statusCode()).isEqualTo(431);
        assertThat(api.jsonPath().getString("code")).isEqualTo("headers_too_large");
    }

    @Test
    void past_the_codec_ceiling_the_refusal_is_still_a_4xx() {
        // beyond quarkus.http.limits.* the HTTP codec answers before any handler: right status, empty body
        assertThat(given().when().get("/guides?q=" + "q".repeat(9000)).statusCode())
                .isEqualTo(414);
        assertThat(given().header("X-Padding", "a".repeat(40_000))
                        .when()
                        .get("/")
                        .statusCode())
                .isEqualTo(431);
    }
}
