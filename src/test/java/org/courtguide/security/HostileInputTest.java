package org.courtguide.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.courtguide.testsupport.CsrfForm;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes every public endpoint with {@link HostileInput} (fixed seed, bounded tries). Whatever comes in, the person
 * gets a normal answer or a short 4xx in their language: never a 500, never a stack trace, and never their input
 * rendered back as markup. Addresses longer than the server's line limit get 414 from the HTTP layer.
 */
@QuarkusTest
class HostileInputTest {

    private static final int TRIES = 60;
    /** Asking runs the embedding models: fewer tries, four fragments to a value so that each still comes once. */
    private static final int ASK_TRIES = 14;

    private final List<String> values = new HostileInput(HostileInput.SEED).values(TRIES, 1);
    private final List<String> questions = new HostileInput(HostileInput.SEED).values(ASK_TRIES, 4);

    @Test
    void the_json_ask_api_answers_or_refuses_politely() {
        for (String value : questions) {
            Response r = given().contentType(ContentType.JSON)
                    .header("Accept-Language", "en")
                    .body(Map.of("question", value))
                    .when()
                    .post("/api/ask");
            assertThat(r.statusCode()).as("POST /api/ask %s", show(value)).isIn(200, 400);
            assertNoLeak(r, value);
            if (r.statusCode() == 400) {
                assertThat(r.jsonPath().getString("code")).isNotBlank();
                assertThat(r.jsonPath().getString("message"))
                        .as("an English message")
                        .matches("[\\x20-\\x7e]+");
            }
        }
    }

    @Test
    void the_question_form_never_renders_the_question_as_markup() {
        for (String value : questions) {
            Response asked = CsrfForm.given()
                    .queryParam("lang", "en")
                    .formParam("question", value)
                    .redirects()
                    .follow(false)
                    .when()
                    .post("/ask");
            assertThat(asked.statusCode()).as("POST /ask %s", show(value)).isIn(303, 400);
            assertNoLeak(asked, value);
            String html = asked.statusCode() == 400
                    ? asked.asString()
                    : given().cookies(asked.cookies())
                            .when()
                            .get("/conversation")
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString();
            assertNoInjectedMarkup(Jsoup.parse(html), value);
        }
    }

    @Test
    void asking_by_link_searching_and_the_library_search_refuse_politely() {
        for (String value : questions) {
            Response byLink = getOrRefused(
                    value,
                    () -> given().redirects()
                            .follow(false)
                            .queryParam("q", value)
                            .when()
                            .get("/ask"));
            if (byLink != null) {
                assertThat(byLink.statusCode()).as("GET /ask?q=%s", show(value)).isIn(200, 303, 400, 414);
                assertNoLeak(byLink, value);
            }

            Response search = getOrRefused(
                    value, () -> given().queryParam("q", value).when().get("/api/search"));
            if (search != null) {
                assertThat(search.statusCode())
                        .as("GET /api/search?q=%s", show(value))
                        .isIn(200, 400, 414);
                assertNoLeak(search, value);
            }

            Response library = getOrRefused(
                    value, () -> given().queryParam("q", value).when().get("/guides"));
            if (library != null) {
                assertThat(library.statusCode())
                        .as("GET /guides?q=%s", show(value))
                        .isIn(200, 400, 414);
                assertNoInjectedMarkup(Jsoup.parse(library.asString()), value);
            }
        }
    }

    /**
     * A request line longer than the server accepts is answered 414 and the connection closed, sometimes before the
     * client has finished writing it: for such values a closed connection is a refusal too (never a 500). For any
     * shorter value the exception is a real failure.
     */
    private static Response getOrRefused(String value, java.util.function.Supplier<Response> request) {
        try {
            return request.get();
        } catch (Exception e) { // REST Assured rethrows the socket's checked exception as is
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof java.net.SocketException)) {
                cause = cause.getCause();
            }
            boolean oversize = URLEncoder.encode(value, StandardCharsets.UTF_8).length() > 4096;
            if (oversize && cause instanceof java.net.SocketException) {
                return null;
            }
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AssertionError(e);
        }
    }

    @Test
    void guide_ids_with_traversal_or_junk_are_not_found() {
        for (String value : values) {
            String path = "/guides/"
                    + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
            Response r = given().urlEncodingEnabled(false).when().get(path);
            assertThat(r.statusCode()).as("GET %s", path).isIn(400, 404, 414);
            assertNoLeak(r, value);
        }
        for (String path : List.of(
                "/guides/..%2F..%2Fetc%2Fpasswd",
                "/guides/%2e%2e/%2e%2e/etc/passwd",
                "/guides/../../../etc/passwd",
                "/guides/filing-en%00.md",
                "/guides/%C0%AE%C0%AE%2F")) {
            Response r = given().urlEncodingEnabled(false).when().get(path);
            assertThat(r.statusCode()).as("GET %s", path).isBetween(400, 404);
            assertThat(r.asString()).doesNotContain("root:");
        }
    }

    @Test
    void feedback_mode_notice_and_exit_take_any_value_without_failing() {
        for (String value : values) {
            Response api = given().contentType(ContentType.JSON)
                    .body(Map.of("traceId", value, "reason", value))
                    .when()
                    .post("/api/feedback");
            assertThat(api.statusCode())
                    .as("POST /api/feedback %s", show(value))
                    .isEqualTo(400);
            assertNoLeak(api, value);

            Response form = CsrfForm.given()
                    .formParam("traceId", value)
                    .formParam("helpful", value)
                    .formParam("reason", value)
                    .redirects()
                    .follow(false)
                    .when()
                    .post("/feedback");
            assertThat(form.statusCode()).as("POST /feedback %s", show(value)).isEqualTo(400);
            assertNoLeak(form, value);

            if (value.length() > 1000) {
                continue; // addresses over the line limit: the HTTP layer answers 414 and may close mid-request
            }
            Response mode = given().redirects()
                    .follow(false)
                    .queryParam("set", value)
                    .queryParam("return", value)
                    .when()
                    .get("/mode");
            assertThat(mode.statusCode()).isEqualTo(303);
            String location = mode.header("Location").replaceFirst("^https?://[^/]+", "");
            assertThat(location)
                    .as("stays on this site for %s", show(value))
                    .startsWith("/")
                    .doesNotStartWith("//");

            Response disclosure = given().queryParam("lang", value).when().get("/api/disclosure");
            assertThat(disclosure.statusCode()).isEqualTo(200);
        }
        Response notice = CsrfForm.given()
                .redirects()
                .follow(false)
                .formParam("junk", values.get(0))
                .when()
                .post("/notice");
        assertThat(notice.statusCode()).isEqualTo(303);
        for (String cookie :
                List.of("x", "abc.def", "00000000-0000-0000-0000-000000000000.x", "%00", "a".repeat(3000))) {
            Response exit = given().cookie("cg_conv", cookie)
                    .redirects()
                    .follow(false)
                    .when()
                    .get("/exit");
            assertThat(exit.statusCode()).isEqualTo(303);
        }
    }

    @Test
    void malformed_json_and_wrong_content_types_get_a_localised_400() {
        List<String> bodies = List.of(
                "{",
                "[]",
                "null",
                "\"text\"",
                "{\"question\": [\"a\"]}",
                "{\"question\": {\"a\": 1}}",
                "{\"question\": \"怎么起诉\", \"mode\": 7}",
                "[".repeat(5000),
                "{\"question\": \"" + "\\u0000\\u200b\\u202e".repeat(10) + "\"}",
                "\u0000\u0001");
        for (String body : bodies) {
            Response r = given().contentType(ContentType.JSON)
                    .header("Accept-Language", "zh")
                    .body(body)
                    .when()
                    .post("/api/ask");
            assertThat(r.statusCode()).as("body %s", show(body)).isEqualTo(400);
            // a body the JSON parser cannot even start on may be refused by the HTTP layer with no body at all
            if (!r.asString().isEmpty()) {
                assertThat(r.jsonPath().getString("message"))
                        .as("a Chinese message for %s", show(body))
                        .matches(".*[\\u4e00-\\u9fff].*");
            }
            assertNoLeak(r, body);
        }
        for (String type : List.of("text/plain", "application/xml", "text/html", "multipart/form-data; boundary=x")) {
            Response r = given().contentType(type)
                    .header("Accept-Language", "en")
                    .body("{\"question\":\"x\"}".getBytes(StandardCharsets.UTF_8))
                    .when()
                    .post("/api/ask");
            assertThat(r.statusCode()).as("content type %s", type).isBetween(400, 415);
            assertNoLeak(r, "");
        }
    }

    @Test
    void oversize_bodies_fields_and_headers_are_refused_before_any_work() {
        String huge = "{\"question\": \"" + "问".repeat(40_000) + "\"}";
        assertThat(given().contentType(ContentType.JSON)
                        .body(huge)
                        .when()
                        .post("/api/ask")
                        .statusCode())
                .isEqualTo(413);
        assertThat(given().header("X-Padding", "a".repeat(20_000))
                        .when()
                        .get("/")
                        .statusCode())
                .isEqualTo(431);
        // the longest question the form accepts still fits in the form limits; one more character is refused politely
        Response longest = CsrfForm.given()
                .formParam("question", "问".repeat(2000))
                .redirects()
                .follow(false)
                .when()
                .post("/ask");
        assertThat(longest.statusCode()).isEqualTo(303);
        Response tooLong = CsrfForm.given()
                .queryParam("lang", "en")
                .formParam("question", "问".repeat(2001))
                .redirects()
                .follow(false)
                .when()
                .post("/ask");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(tooLong.asString())
                        .getElementById("question-error")
                        .text())
                .contains("2000");
        Response reason = CsrfForm.given()
                .formParam("traceId", "x")
                .formParam("reason", "a".repeat(1001))
                .when()
                .post("/feedback");
        assertThat(reason.statusCode()).isEqualTo(400);
    }

    /** A complete, valid intake: each hostile value replaces one answer in turn, so it reaches the deeper steps. */
    private static Map<String, Object> intake() {
        Map<String, Object> form = new java.util.LinkedHashMap<>();
        form.put("type", "loans");
        form.put("description", "借钱不还");
        form.put("other_party", "individual");
        form.put("amount", "20000");
        form.put("province", "guangdong");
        form.put("when", "2025-03");
        form.put("tried", "talked");
        form.put("debt", "no");
        form.put("facts", "yes");
        form.put("urgency", "normal");
        form.put("needs", "legal_aid");
        form.put("contact", "phone");
        form.put("contact_detail", "13800138000");
        return form;
    }

    private static Response postForm(String path, Map<String, Object> form) {
        var request = CsrfForm.given().queryParam("lang", "en").redirects().follow(false);
        for (var entry : form.entrySet()) {
            request = request.formParam(entry.getKey(), entry.getValue());
        }
        return request.when().post(path);
    }

    @Test
    void the_intake_steps_submission_and_withdrawal_refuse_politely() {
        List<String> fields = List.of(
                "step",
                "go",
                "type",
                "description",
                "other_party",
                "other_name",
                "amount",
                "province",
                "when",
                "tried",
                "debt",
                "facts",
                "urgency",
                "needs",
                "interpreter_language",
                "contact",
                "contact_detail",
                "name",
                "redact",
                "consent");
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            Map<String, Object> form = intake();
            form.put(
                    "step",
                    List.of("dispute", "parties", "history", "needs", "review").get(i % 5));
            form.put("go", i % 3 == 0 ? "back" : "next");
            form.put(fields.get(i % fields.size()), value);

            Response step = postForm("/triage", form);
            assertThat(step.statusCode())
                    .as("POST /triage %s=%s", fields.get(i % fields.size()), show(value))
                    .isIn(200, 400);
            assertNoLeak(step, value);
            assertNoInjectedMarkup(Jsoup.parse(step.asString()), value);

            form.put("consent", i % 2 == 0 ? "on" : value);
            Response submitted = postForm("/triage/submit", form);
            assertThat(submitted.statusCode())
                    .as("POST /triage/submit %s", show(value))
                    .isIn(200, 400);
            assertNoLeak(submitted, value);
            assertNoInjectedMarkup(Jsoup.parse(submitted.asString()), value);

            Response withdrawn = postForm("/triage/withdraw", Map.of("reference", value, "secret", value));
            assertThat(withdrawn.statusCode())
                    .as("POST /triage/withdraw %s", show(value))
                    .isIn(400, 404);
            assertNoLeak(withdrawn, value);
            assertNoInjectedMarkup(Jsoup.parse(withdrawn.asString()), value);

            Response page = getOrRefused(
                    value,
                    () -> given().queryParam("lang", value)
                            .queryParam("step", value)
                            .when()
                            .get("/triage"));
            if (page != null) {
                assertThat(page.statusCode())
                        .as("GET /triage?lang=%s", show(value))
                        .isIn(200, 414);
                assertNoLeak(page, value);
            }
        }
    }

    /**
     * The staff workspace as anyone on the internet meets it: no sign-in, hostile ids, filters and bodies. Every case
     * is refused or answered without a 500, a stack trace or the input as markup (the signed-in journeys are
     * {@code StaffKeycloakTest}).
     */
    @Test
    void the_staff_pages_and_api_refuse_hostile_input_without_failing() {
        for (String value : values) {
            // encoded by hand: a value with braces would otherwise be read as a REST Assured path template
            String id = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
            List<Response> responses = new java.util.ArrayList<>();
            responses.add(getOrRefused(
                    value,
                    () -> given().urlEncodingEnabled(false)
                            .redirects()
                            .follow(false)
                            .when()
                            .get("/staff/cases?type=" + id + "&urgency=" + id + "&waiting=" + id)));
            responses.add(getOrRefused(
                    value,
                    () -> given().urlEncodingEnabled(false)
                            .redirects()
                            .follow(false)
                            .when()
                            .get("/staff/cases/" + id)));
            responses.add(getOrRefused(
                    value,
                    () -> CsrfForm.given()
                            .redirects()
                            .follow(false)
                            .formParam("version", value)
                            .formParam("status", value)
                            .when()
                            .post("/staff/cases/" + id + "/status")));
            responses.add(getOrRefused(
                    value,
                    () -> CsrfForm.given()
                            .redirects()
                            .follow(false)
                            .formParam("text", value)
                            .when()
                            .post("/staff/cases/" + id + "/notes")));
            responses.add(getOrRefused(
                    value,
                    () -> given().urlEncodingEnabled(false)
                            .redirects()
                            .follow(false)
                            .when()
                            .get("/api/staff/cases?type=" + id + "&waiting=" + id + "&finished=" + id)));
            responses.add(getOrRefused(
                    value,
                    () -> given().urlEncodingEnabled(false)
                            .redirects()
                            .follow(false)
                            .when()
                            .get("/api/staff/cases/" + id)));
            responses.add(getOrRefused(
                    value,
                    () -> given().urlEncodingEnabled(false)
                            .redirects()
                            .follow(false)
                            .contentType(ContentType.JSON)
                            .body(Map.of("text", value))
                            .when()
                            .post("/api/staff/cases/" + id + "/notes")));
            responses.add(getOrRefused(
                    value,
                    () -> given().urlEncodingEnabled(false)
                            .redirects()
                            .follow(false)
                            .contentType(ContentType.JSON)
                            .body(Map.of("status", value, "version", value))
                            .when()
                            .post("/api/staff/cases/" + id + "/status")));
            responses.add(getOrRefused(
                    value,
                    () -> given().urlEncodingEnabled(false)
                            .redirects()
                            .follow(false)
                            .when()
                            .post("/api/staff/feedback/" + id + "/reviewed")));
            for (Response r : responses) {
                if (r == null) {
                    continue; // an address over the codec's ceiling: the connection was closed, a refusal too
                }
                if (r.statusCode() == 503) {
                    // sign-in is not configured in this profile: the gate says so before any staff code runs
                    assertThat(r.asString())
                            .as("the gate's answer for %s", show(value))
                            .containsAnyOf("staff_sign_in_not_configured", "not configured", "未配置");
                } else {
                    assertThat(r.statusCode())
                            .as("staff endpoint with %s", show(value))
                            .isBetween(200, 499);
                }
                assertNoLeak(r, value);
                if (r.contentType() != null && r.contentType().startsWith("text/html")) {
                    assertNoInjectedMarkup(Jsoup.parse(r.asString()), value);
                }
            }
        }
    }

    private static void assertNoLeak(Response r, String input) {
        String body = r.asString();
        assertThat(body)
                .as("no stack trace")
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("org.courtguide.")
                .doesNotContain("io.quarkus.");
        if (r.contentType() != null && r.contentType().startsWith("application/json") && input.length() > 3) {
            // JSON errors never echo the input
            assertThat(r.statusCode() == 200 || !body.contains(input))
                    .as("input echoed in %s", show(input))
                    .isTrue();
        }
    }

    /** The page has only the site's own scripts and no event-handler attributes or javascript: links. */
    private static final java.util.Set<String> URL_ATTRIBUTES = java.util.Set.of(
            "href",
            "src",
            "action",
            "formaction",
            "xlink:href",
            "srcset",
            "poster",
            "data",
            "background",
            "http-equiv",
            "content");

    private static void assertNoInjectedMarkup(Document page, String value) {
        for (Element script : page.select("script")) {
            assertThat(script.attr("src"))
                    .as("inline or foreign script for %s", show(value))
                    .startsWith("/js/");
        }
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey())
                        .as("event handler for %s", show(value))
                        .doesNotStartWith("on");
                // URLs only: a form's hidden field may carry the text back as inert data in its value
                if (URL_ATTRIBUTES.contains(attribute.getKey().toLowerCase())) {
                    assertThat(attribute.getValue().strip().toLowerCase())
                            .as("script URL for %s", show(value))
                            .doesNotStartWith("javascript:");
                }
            }
        }
        assertThat(page.select("svg, iframe, object, embed, img[onerror]"))
                .as("injected elements")
                .isEmpty();
    }

    private static String show(String value) {
        String shown = value.length() > 60 ? value.substring(0, 60) + "…(" + value.length() + ")" : value;
        StringBuilder escaped = new StringBuilder();
        shown.codePoints()
                .forEach(c -> escaped.append(
                        c < 0x20 || (c >= 0x200b && c <= 0x206f)
                                ? String.format("\\u%04x", c)
                                : new String(Character.toChars(c))));
        return escaped.toString();
    }
}
