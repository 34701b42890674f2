package org.courtguide.ask;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.courtguide.testsupport.CsrfForm;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The question page as a browser without JavaScript uses it: a plain form post and server-rendered answers. */
@QuarkusTest
class AskPageTest {

    private static Document post(String question, String lang) {
        Response asked = CsrfForm.given()
                .formParam("question", question)
                .queryParam("lang", lang)
                .redirects()
                .follow(false)
                .when()
                .post("/ask")
                .then()
                .statusCode(303)
                .extract()
                .response();
        return conversation(asked);
    }

    /** Follows the post/redirect/get to the conversation page with the cookies the redirect set. */
    static Document conversation(Response redirect) {
        assertThat(redirect.header("Location")).contains("/conversation#latest-answer");
        assertThat(redirect.header("Cache-Control")).contains("no-store");
        Response page = given().cookies(redirect.cookies())
                .when()
                .get("/conversation")
                .then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .extract()
                .response();
        assertThat(page.header("Cache-Control")).contains("no-store");
        return Jsoup.parse(page.asString());
    }

    @Test
    void the_start_page_has_a_labelled_question_box_and_a_form_that_posts_without_javascript() {
        Document page = Jsoup.parse(given().header("Accept-Language", "en")
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .extract()
                .asString());

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        Element form = page.getElementById("ask-form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).as("posts, then opens at the answer").isEqualTo("/ask#latest-answer");
        assertThat(page.selectFirst("label[for=question]").text()).isEqualTo("Your question");
        assertThat(page.selectFirst("a.skip-link").attr("href")).isEqualTo("#main");
        assertThat(page.getElementById("main")).isNotNull();
    }

    @Test
    void an_answer_that_lists_things_shows_a_list_a_screen_reader_can_count() {
        Document page = post("上诉期限是多少天？", "zh");

        Element body = page.selectFirst("#latest-answer .answer-body");
        assertThat(body.select("ul > li"))
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(
                        item -> assertThat(item.text()).doesNotStartWith("-").isNotBlank());
        assertThat(body.select("p")).noneSatisfy(p -> assertThat(p.wholeText()).contains("\n- "));
        assertThat(body.select("a.cite")).isNotEmpty();
    }

    @Test
    void posting_the_form_renders_the_answer_with_numbered_citations_that_link_to_the_section() {
        Document page = post("上诉期限是多少天？", "zh");

        Element answer = page.getElementById("latest-answer");
        assertThat(answer).isNotNull();
        String key = answer.attr("data-key");
        assertThat(answer.select("a.cite").first().attr("href")).isEqualTo("#source-" + key + "-1");
        Element source = page.getElementById("source-" + key + "-1");
        String href = source.selectFirst("a").attr("href");
        assertThat(href).startsWith("/guides/").contains("#");
        assertThat(answer.selectFirst(".notice").text()).contains("不构成法律意见");
        assertThat(page.selectFirst(".asked q").text()).isEqualTo("上诉期限是多少天？");
        assertThat(page.getElementById("question").text())
                .as("the box is ready for the next question")
                .isEmpty();

        Document guide = Jsoup.parse(given().urlEncodingEnabled(false)
                .when()
                .get(href.substring(0, href.indexOf('#')))
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(guide.getElementById(href.substring(href.indexOf('#') + 1))).isNotNull();
    }

    @Test
    void an_uncovered_question_gets_the_not_covered_message_with_contacts_on_the_page() {
        Document page = post("What is a good recipe for chocolate cake?", "en");

        String text = page.getElementById("latest-answer").text();
        assertThat(text).contains("does not cover").contains("12368");
        assertThat(page.select("#latest-answer .sources")).isEmpty();
        assertThat(page.select("#latest-answer a[href=/contact]")).hasSize(1);
        // a dispute put as a question: the answer points to the intake too
        assertThat(page.selectFirst("#latest-answer a[href=/triage]").text())
                .isEqualTo("Resolve a dispute: if you have a dispute rather than a question");
    }

    @Test
    void an_empty_question_shows_an_error_tied_to_the_field() {
        String html = CsrfForm.given()
                .formParam("question", " ")
                .queryParam("lang", "en")
                .when()
                .post("/ask")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        Document page = Jsoup.parse(html);

        Element box = page.getElementById("question");
        assertThat(box.attr("aria-invalid")).isEqualTo("true");
        assertThat(box.attr("aria-describedby")).contains("question-error");
        assertThat(page.getElementById("question-error").text()).isEqualTo("Please type a question.");
    }

    @Test
    void the_script_gets_only_the_answer_fragment() {
        String html = CsrfForm.given()
                .header("X-Court-Guide-Fragment", "1")
                .formParam("question", "How do I apply for legal aid?")
                .queryParam("lang", "en")
                .when()
                .post("/ask")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(html).doesNotContain("<html").contains("id=\"latest-answer\"");
    }

    @Test
    void an_example_link_asks_its_question() {
        Document start = Jsoup.parse(given().queryParam("lang", "en")
                .when()
                .get("/")
                .then()
                .extract()
                .asString());
        String href = start.selectFirst(".examples a").attr("href");

        Response asked = given().urlEncodingEnabled(false)
                .redirects()
                .follow(false)
                .when()
                .get(href)
                .then()
                .statusCode(303)
                .extract()
                .response();
        assertThat(conversation(asked).getElementById("latest-answer")).isNotNull();
    }

    @Test
    void the_language_switch_changes_the_page_language_and_is_remembered() {
        String cookie = given().queryParam("lang", "en")
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .extract()
                .cookie("cg_lang");
        assertThat(cookie).isEqualTo("en");

        Document page = Jsoup.parse(given().cookie("cg_lang", "en")
                .when()
                .get("/guides")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Guide library");
        Element toChinese = page.selectFirst("a[hreflang=zh]");
        assertThat(toChinese.attr("href")).contains("lang=zh");
    }

    @Test
    void the_guide_library_lists_guides_in_the_page_language_and_each_opens() {
        Document library = Jsoup.parse(given().queryParam("lang", "zh")
                .when()
                .get("/guides")
                .then()
                .statusCode(200)
                .extract()
                .asString());

        assertThat(library.select(".guide-list li")).hasSizeGreaterThanOrEqualTo(12);
        String first = library.selectFirst(".guide-list a").attr("href");
        Document guide = Jsoup.parse(given().urlEncodingEnabled(false)
                .when()
                .get(first)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(guide.select("dl.guide-meta dt")).extracting(Element::text).contains("整理者", "效力状态");
        assertThat(guide.select("section.guide-section")).hasSizeGreaterThan(3);
    }

    @Test
    void an_unknown_guide_is_a_polite_404_page() {
        String html = given().queryParam("lang", "en")
                .when()
                .get("/guides/no-such-guide")
                .then()
                .statusCode(404)
                .extract()
                .asString();
        assertThat(Jsoup.parse(html).text())
                .contains("We could not find that page")
                .doesNotContain("Exception");
    }

    @Test
    void the_conversation_page_keeps_every_answer_each_with_a_short_reference_instead_of_the_trace_id() {
        Response first = CsrfForm.given()
                .formParam("question", "上诉期限是多少天？")
                .queryParam("lang", "zh")
                .redirects()
                .follow(false)
                .when()
                .post("/ask")
                .then()
                .statusCode(303)
                .extract()
                .response();
        String conversation = first.cookie("cg_conv");
        Response second = CsrfForm.given()
                .cookie("cg_conv", conversation)
                .formParam("question", "怎么申请法律援助？")
                .queryParam("lang", "zh")
                .redirects()
                .follow(false)
                .when()
                .post("/ask")
                .then()
                .statusCode(303)
                .extract()
                .response();
        assertThat(second.cookie("cg_conv")).as("the same conversation").isNull();

        Document page = Jsoup.parse(given().cookie("cg_conv", conversation)
                .queryParam("lang", "zh")
                .when()
                .get("/conversation")
                .then()
                .statusCode(200)
                .extract()
                .asString());

        assertThat(page.select("#transcript article.answer")).hasSize(2);
        assertThat(page.select("#transcript article.answer q"))
                .extracting(Element::text)
                .containsExactly("上诉期限是多少天？", "怎么申请法律援助？");
        assertThat(page.select("#latest-answer q").text())
                .as("the newest is the latest")
                .isEqualTo("怎么申请法律援助？");
        assertThat(page.select("#transcript .trace"))
                .extracting(Element::text)
                .allSatisfy(t -> assertThat(t).matches("本回答的查询编号：CG-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}"));
        assertThat(page.select("#transcript .trace")).extracting(Element::text).doesNotHaveDuplicates();
    }

    @Test
    void not_helpful_without_javascript_returns_to_the_same_conversation_with_thanks_under_that_answer() {
        Response first = CsrfForm.given()
                .formParam("question", "How do I appeal a judgment?")
                .queryParam("lang", "en")
                .redirects()
                .follow(false)
                .when()
                .post("/ask")
                .then()
                .statusCode(303)
                .extract()
                .response();
        String conversation = first.cookie("cg_conv");
        CsrfForm.given()
                .cookie("cg_conv", conversation)
                .formParam("question", "How do I apply for legal aid?")
                .queryParam("lang", "en")
                .redirects()
                .follow(false)
                .when()
                .post("/ask")
                .then()
                .statusCode(303);
        Document before = Jsoup.parse(given().cookie("cg_conv", conversation)
                .queryParam("lang", "en")
                .when()
                .get("/conversation")
                .asString());
        Element firstAnswer = before.selectFirst("#transcript article.answer");
        String traceId = firstAnswer.selectFirst("input[name=traceId]").val();

        Response feedback = CsrfForm.given()
                .cookie("cg_conv", conversation)
                .formParam("traceId", traceId)
                .formParam("helpful", "0")
                .redirects()
                .follow(false)
                .when()
                .post("/feedback")
                .then()
                .statusCode(303)
                .extract()
                .response();
        String location = feedback.header("Location").replaceFirst("^https?://[^/]+", "");
        assertThat(location).startsWith("/conversation?").endsWith("#feedback-" + firstAnswer.attr("data-key"));

        Document after = Jsoup.parse(given().cookie("cg_conv", conversation)
                .cookie("cg_lang", "en")
                .urlEncodingEnabled(false)
                .when()
                .get(location.substring(0, location.indexOf('#')))
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(after.select("#transcript article.answer")).hasSize(2);
        Element thanked = after.getElementById("feedback-" + firstAnswer.attr("data-key"));
        assertThat(thanked.selectFirst(".feedback-status").text())
                .isEqualTo("Your feedback helps the court improve this service.");
        assertThat(thanked.selectFirst("fieldset").hasAttr("hidden")).isTrue();
        assertThat(after.select("#latest-answer .feedback-status").text())
                .as("only under that answer")
                .isEmpty();
    }

    @Test
    void the_conversation_page_without_a_conversation_goes_back_to_the_start() {
        given().redirects().follow(false).when().get("/conversation").then().statusCode(303);
    }

    @Test
    void the_first_visit_explains_that_this_is_an_automated_assistant_until_it_is_dismissed() {
        Document first = Jsoup.parse(given().queryParam("lang", "en")
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(first.selectFirst(".ai-notice").text())
                .contains("automated assistant")
                .contains("not a judge");
        assertThat(first.select(".choices a"))
                .extracting(Element::text)
                .containsExactly("Ask the assistant", "Browse the guides without AI", "Talk to a person");

        String seen = CsrfForm.given()
                .redirects()
                .follow(false)
                .when()
                .post("/notice")
                .then()
                .statusCode(303)
                .extract()
                .cookie("cg_notice");
        Document later = Jsoup.parse(given().cookie("cg_notice", seen)
                .queryParam("lang", "en")
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(later.select(".ai-notice")).isEmpty();
    }
}
