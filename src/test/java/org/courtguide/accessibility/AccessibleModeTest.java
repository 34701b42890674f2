package org.courtguide.accessibility;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The accessible mode over HTTP: how it is chosen and remembered, what it changes, and what every page shares. */
@QuarkusTest
class AccessibleModeTest {

    /** GET with the given cookies, following redirects (post/redirect/get) with the cookies each response sets. */
    private static Document get(String path, Map<String, String> cookies) {
        Map<String, String> jar = new java.util.HashMap<>(cookies);
        Response response = given().cookies(jar)
                .urlEncodingEnabled(false)
                .redirects()
                .follow(false)
                .when()
                .get(path);
        for (int hops = 0; response.statusCode() == 303 && hops < 5; hops++) {
            jar.putAll(response.getCookies());
            String location = response.header("Location");
            String target = location.contains("#") ? location.substring(0, location.indexOf('#')) : location;
            response = given().cookies(jar)
                    .urlEncodingEnabled(false)
                    .redirects()
                    .follow(false)
                    .when()
                    .get(target);
        }
        return Jsoup.parse(response.then().extract().asString());
    }

    @Test
    void mode_in_the_address_turns_accessible_mode_on_and_a_cookie_remembers_it() {
        Response response = given().queryParam("mode", "accessible")
                .queryParam("lang", "en")
                .when()
                .get("/guides");
        assertThat(response.getCookie(DisplayMode.COOKIE)).isEqualTo("accessible");
        assertThat(Jsoup.parse(response.asString()).body().hasClass("mode-accessible"))
                .isTrue();

        Document next = get("/", Map.of(DisplayMode.COOKIE, "accessible", "cg_lang", "en"));
        assertThat(next.body().hasClass("mode-accessible")).isTrue();
        assertThat(next.selectFirst("a.mode-toggle").text()).isEqualTo("Standard mode");
    }

    @Test
    void the_toggle_is_a_plain_link_that_sets_the_cookie_and_returns_to_the_page() {
        Document page = get("/guides?lang=en", Map.of());
        String toggle = page.selectFirst("a.mode-toggle").attr("href");
        assertThat(toggle).startsWith("/mode?set=accessible&return=");

        Response switched = given().redirects()
                .follow(false)
                .urlEncodingEnabled(false)
                .when()
                .get(toggle);
        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.header("Location")).endsWith("/guides?lang=en");
        assertThat(switched.getCookie(DisplayMode.COOKIE)).isEqualTo("accessible");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example", "/\\evil.example"})
    void the_toggle_never_sends_anyone_to_another_site(String target) {
        Response switched = given().redirects()
                .follow(false)
                .queryParam("set", "accessible")
                .queryParam("return", target)
                .when()
                .get("/mode");
        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.header("Location")).doesNotContain("evil").endsWith("/");
    }

    @Test
    void an_accessible_answer_gives_the_guides_easy_read_lines_a_glossary_and_the_same_citations() {
        Map<String, String> en = Map.of("question", "How do I file a civil case?", "language", "en");
        JsonPath standard = given().contentType(ContentType.JSON)
                .body(en)
                .post("/api/ask")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath plain = given().contentType(ContentType.JSON)
                .body(Map.of("question", "How do I file a civil case?", "language", "en", "mode", "accessible"))
                .post("/api/ask")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        // the same section as the standard answer, in plain lines, not the guide's generic easy-read list
        assertThat(plain.getString("citations[0].url")).isEqualTo(standard.getString("citations[0].url"));
        assertThat(plain.getString("answeredBy")).isEqualTo("easy-read");
        String text = plain.getString("answer");
        assertThat(text)
                .contains("[1]")
                .doesNotContain("Suing means asking a court to settle your dispute.")
                .doesNotContain("(Civil Procedure Law");
        assertThat(text.lines().filter(l -> !l.isBlank()))
                .allSatisfy(line -> assertThat(line.length())
                        .as("one sentence per line: %s", line)
                        .isLessThan(400));
        assertThat(plain.getMap("$")).containsOnlyKeys(standard.getMap("$").keySet());
    }

    @Test
    void an_unknown_mode_is_a_polite_400() {
        given().contentType(ContentType.JSON)
                .body(Map.of("question", "怎么起诉？", "mode", "fancy"))
                .post("/api/ask")
                .then()
                .statusCode(400)
                .body("code", org.hamcrest.Matchers.equalTo("unknown_mode"));
    }

    @Test
    void the_accessible_answer_page_shows_one_idea_per_line_and_a_glossary_in_the_answer_language() {
        Document page = get("/ask?mode=accessible&lang=zh&q=%E6%80%8E%E4%B9%88%E8%B5%B7%E8%AF%89%EF%BC%9F", Map.of());
        Element answer = page.getElementById("latest-answer");
        assertThat(answer.select(".answer-body.plain p, .answer-body.plain li")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(answer.selectFirst(".answer-body").attr("lang")).isEqualTo("zh");
        assertThat(answer.select("ol.sources a")).isNotEmpty();
        assertThat(answer.select("button.read-aloud[hidden]"))
                .as("revealed by script only where speech works")
                .hasSize(1);
    }

    @Test
    void an_english_question_on_a_chinese_page_is_answered_in_an_english_passage() {
        Document page = get("/ask?lang=zh&q=How%20do%20I%20file%20a%20civil%20case%3F", Map.of());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh");
        assertThat(page.selectFirst("#latest-answer .answer-body").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("#latest-answer q").attr("lang")).isEqualTo("en");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/ask?q=%E6%80%8E%E4%B9%88%E8%B5%B7%E8%AF%89",
                "/guides",
                "/guides/filing-zh",
                "/contact",
                "/help",
                "/guides/no-such-guide"
            })
    void every_page_has_the_same_help_controls_in_the_same_order_and_no_inline_script(String path) {
        for (String mode : List.of("standard", "accessible")) {
            Document page = get(path, Map.of(DisplayMode.COOKIE, mode, "cg_lang", "en"));
            List<String> controls = page.select("nav.utility-nav > ul > li").stream()
                    .map(li -> li.selectFirst("a, button").text())
                    .toList();
            assertThat(controls)
                    .containsExactly(
                            "Talk to a person",
                            "Help",
                            mode.equals("standard") ? "Accessible mode" : "Standard mode",
                            "中文",
                            "Exit / 退出");
            Element exit = page.selectFirst("form.exit-form");
            // POST with the form token: it erases what the server holds (a refused post still leaves, see ExitTest)
            assertThat(exit.attr("method")).isEqualTo("post");
            assertThat(exit.attr("action")).isEqualTo("/exit");
            assertThat(exit.select("input[name=csrf-token]").val()).isNotBlank();
            assertThat(page.select("a.skip-link[href=#main]")).hasSize(1);
            assertThat(page.select("main#main h1")).hasSize(1);

            assertThat(page.select("script:not([src])")).as("inline scripts").isEmpty();
            assertThat(page.getAllElements().stream()
                            .flatMap(e -> e.attributes().asList().stream())
                            .map(Attribute::getKey)
                            .filter(k -> k.startsWith("on")))
                    .as("inline event handlers")
                    .isEmpty();
        }
    }

    @Test
    void talk_to_a_person_lists_the_court_the_hotlines_and_mediation() {
        Document en = get("/contact?lang=en", Map.of());
        assertThat(en.select("h2"))
                .extracting(Element::text)
                .contains(
                        "Litigation service centre of your local court",
                        "12368 litigation service hotline",
                        "12348 legal aid hotline",
                        "Your local mediation centre");
        assertThat(en.select("a[href=tel:12368], a[href=tel:12348]")).hasSize(2);
        Document zh = get("/contact?lang=zh", Map.of());
        assertThat(zh.text()).contains("诉讼服务中心", "12368", "12348", "调解");
    }

    @Test
    void help_explains_that_exit_does_not_clear_the_browser_history() {
        Document en = get("/help?lang=en", Map.of());
        Element exit = en.getElementById("exit");
        assertThat(exit.selectFirst("h2").text()).isEqualTo("Leaving quickly and safely");
        assertThat(exit.text())
                .contains("clears Court Guide's cookies")
                .contains("does not clear your browser history")
                .contains("private window");
        assertThat(get("/help?lang=zh", Map.of()).getElementById("exit").text()).contains("不会清除浏览器的历史记录");
    }

    @Test
    void exit_clears_the_preference_cookies_and_leaves_to_a_neutral_page() {
        Response exit = given().redirects()
                .follow(false)
                .cookie(DisplayMode.COOKIE, "accessible")
                .cookie("cg_lang", "en")
                .when()
                .get("/exit");
        assertThat(exit.statusCode()).isEqualTo(303);
        assertThat(exit.header("Location")).endsWith("/left?lang=en");
        assertThat(exit.headers().getValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("cg_mode=;").contains("Max-Age=0"))
                .anySatisfy(c -> assertThat(c).startsWith("cg_lang=;").contains("Max-Age=0"));

        Response left = given().queryParam("lang", "en").when().get("/left");
        assertThat(left.statusCode()).isEqualTo(200);
        assertThat(left.getCookies()).as("the neutral page sets nothing").isEmpty();
        assertThat(Jsoup.parse(left.asString()).selectFirst("h1").text())
                .isEqualTo("Home cooking: tomato and egg stir-fry");
    }

    @Test
    void chinese_terms_in_english_guides_are_marked_as_chinese() {
        Document guide = get("/guides/filing-en?mode=accessible", Map.of());
        assertThat(guide.select(".guide-glossary dt span[lang=zh]"))
                .extracting(Element::text)
                .anySatisfy(t -> assertThat(t).contains("立案"));
        assertThat(guide.select(".easy-read li")).hasSizeGreaterThan(5);
        assertThat(org.courtguide.web.LanguageRuns.split("Complaint (起诉状) form", "en"))
                .extracting(org.courtguide.web.LanguageRuns.Run::lang)
                .containsExactly(null, "zh", null);
    }
}
