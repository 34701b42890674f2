package org.courtguide.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.courtguide.testsupport.CsrfForm;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Headers, cookies and CSRF protection a browser relies on, on pages and static files alike. */
@QuarkusTest
class SecurityHeadersTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Test
    void pages_and_static_files_carry_a_strict_policy() {
        for (String path :
                List.of("/", "/guides", "/help", "/left", "/js/app.js", "/css/site.css", "/api/disclosure")) {
            Response r = given().when().get(path);
            String csp = r.header("Content-Security-Policy");
            assertThat(csp)
                    .as(path)
                    .contains("default-src 'self'")
                    .contains("script-src 'self'")
                    .contains("frame-ancestors 'none'")
                    .contains("object-src 'none'")
                    .doesNotContain("unsafe-inline")
                    .doesNotContain("unsafe-eval");
            assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(r.header("Permissions-Policy")).contains("camera=()").contains("geolocation=()");
        }
    }

    @Test
    void templates_have_no_inline_scripts_styles_or_handlers_so_the_policy_needs_no_exceptions() throws IOException {
        List<String> found = new ArrayList<>();
        Pattern inline = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>|<style|\\sstyle=|\\son[a-z]+=|javascript:");
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = inline.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(TEMPLATES.relativize(file) + ": " + m.group());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void every_form_that_posts_carries_the_csrf_field() throws IOException {
        List<String> missing = new ArrayList<>();
        Pattern form = Pattern.compile("<form[^>]*method=\"post\"[^>]*>(.*?)</form>", Pattern.DOTALL);
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = form.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).contains("{#include csrf-field /}")) {
                        missing.add(TEMPLATES.relativize(file) + ": "
                                + m.group().lines().findFirst().orElse(""));
                    }
                }
            }
        }
        assertThat(missing).as("forms without {#include csrf-field /}").isEmpty();
        // and the rendered page really carries a token
        assertThat(Jsoup.parse(given().get("/").asString()).select("form[method=post]"))
                .allSatisfy(f ->
                        assertThat(f.select("input[name=csrf-token]").val()).isNotBlank());
    }

    @Test
    void a_form_post_without_a_valid_token_is_refused_with_a_message_and_does_nothing() {
        Response missing = given().contentType(CsrfForm.CONTENT_TYPE)
                .queryParam("lang", "en")
                .formParam("question", "How do I appeal?")
                .redirects()
                .follow(false)
                .when()
                .post("/ask");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.getCookies()).doesNotContainKey("cg_conv");
        assertThat(Jsoup.parse(missing.asString()).selectFirst("[role=alert]").text())
                .contains("expired");

        CsrfForm.Token token = CsrfForm.token();
        Response wrong = given().contentType(CsrfForm.CONTENT_TYPE)
                .cookie(CsrfForm.COOKIE, token.cookie())
                .formParam(CsrfForm.FIELD, token.field() + "x")
                .queryParam("lang", "zh")
                .formParam("question", "怎么起诉？")
                .redirects()
                .follow(false)
                .when()
                .post("/ask");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.getCookies()).doesNotContainKey("cg_conv");
        assertThat(Jsoup.parse(wrong.asString()).selectFirst("h1").text()).isEqualTo("请重新提交");
    }

    @Test
    void a_post_another_site_started_is_refused_even_with_a_token() {
        Response crossSite = CsrfForm.given()
                .header("Sec-Fetch-Site", "cross-site")
                .formParam("question", "怎么起诉？")
                .redirects()
                .follow(false)
                .when()
                .post("/ask");
        assertThat(crossSite.statusCode()).isEqualTo(400);
        Response foreignOrigin = given().header("Origin", "https://evil.example")
                .contentType("text/plain")
                .body("x")
                .redirects()
                .follow(false)
                .when()
                .post("/notice");
        assertThat(foreignOrigin.statusCode()).isEqualTo(400);
        assertThat(foreignOrigin.getCookies()).doesNotContainKey("cg_notice");

        Response sameSite = CsrfForm.given()
                .header("Sec-Fetch-Site", "same-origin")
                .formParam("question", "怎么起诉？")
                .redirects()
                .follow(false)
                .when()
                .post("/ask");
        assertThat(sameSite.statusCode()).isEqualTo(303);
    }

    @Test
    void every_cookie_is_http_only_and_same_site_and_exit_leaves_none_behind() {
        Response asked = CsrfForm.given()
                .formParam("question", "怎么起诉？")
                .queryParam("lang", "en")
                .queryParam("mode", "accessible")
                .redirects()
                .follow(false)
                .when()
                .post("/ask");
        List<String> cookies = new ArrayList<>(asked.headers().getValues("Set-Cookie"));
        cookies.addAll(
                given().queryParam("lang", "en").when().get("/help").headers().getValues("Set-Cookie"));
        assertThat(cookies)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite="));

        Response exit = given().redirects().follow(false).when().get("/exit");
        assertThat(exit.headers().getValues("Set-Cookie"))
                .allSatisfy(c -> assertThat(c).contains("Max-Age=0"))
                .anySatisfy(c -> assertThat(c).startsWith("csrf-token=;"));
    }

    @Test
    void cookies_get_secure_where_configured() {
        assertThat(CookieHardening.harden("a=b; Path=/", true))
                .contains("; HttpOnly")
                .contains("; SameSite=Lax")
                .endsWith("; Secure");
        assertThat(CookieHardening.harden("a=b; Path=/; HttpOnly; SameSite=Strict", false))
                .isEqualTo("a=b; Path=/; HttpOnly; SameSite=Strict");
    }

    @Test
    void the_answer_fragment_for_the_script_keeps_a_token_for_its_feedback_form() {
        Response fragment = CsrfForm.given()
                .header("X-Court-Guide-Fragment", "1")
                .queryParam("lang", "en")
                .formParam("question", "How do I apply for legal aid?")
                .when()
                .post("/ask");
        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(fragment.asString())
                        .select("form.feedback-form input[name=csrf-token]")
                        .val())
                .isNotBlank();
    }
}
