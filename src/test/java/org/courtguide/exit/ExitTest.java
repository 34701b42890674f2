package org.courtguide.exit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.courtguide.conversation.Conversation;
import org.courtguide.conversation.Feedback;
import org.courtguide.conversation.Turn;
import org.courtguide.testsupport.CsrfForm;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Exit erases everything the conversation stored, clears the browser's data and lands on a neutral page. */
@QuarkusTest
class ExitTest {

    @Test
    void exit_erases_the_conversation_its_turns_and_feedback_and_clears_the_browser() {
        Response asked = CsrfForm.given()
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
        assertThat(asked.header("Cache-Control")).contains("no-store");
        String cookie = asked.cookie("cg_conv");
        String conversationId = cookie.substring(0, cookie.indexOf('.'));
        String traceId = QuarkusTransaction.requiringNew()
                .call(() -> Turn.ofConversation(conversationId).get(0).traceId);
        CsrfForm.given()
                .formParam("traceId", traceId)
                .formParam("helpful", "1")
                .redirects()
                .follow(false)
                .when()
                .post("/feedback")
                .then()
                .statusCode(303);
        assertThat(count(conversationId)).isEqualTo(3);

        Response exit = CsrfForm.given()
                .cookie("cg_conv", cookie)
                .redirects()
                .follow(false)
                .when()
                .post("/exit")
                .then()
                .statusCode(303)
                .extract()
                .response();

        assertThat(exit.header("Location")).contains("/left?lang=");
        assertThat(exit.header("Cache-Control")).contains("no-store");
        assertThat(exit.header("Clear-Site-Data")).contains("\"cookies\"").contains("\"storage\"");
        assertThat(exit.headers().getValues("Set-Cookie"))
                .anyMatch(c -> c.startsWith("cg_conv=;") && c.contains("Max-Age=0"));
        assertThat(count(conversationId)).isZero();
    }

    @Test
    void a_guessed_conversation_id_without_its_secret_erases_nothing() {
        String cookie = CsrfForm.given()
                .formParam("question", "怎么起诉？")
                .redirects()
                .follow(false)
                .when()
                .post("/ask")
                .then()
                .statusCode(303)
                .extract()
                .cookie("cg_conv");
        String conversationId = cookie.substring(0, cookie.indexOf('.'));

        CsrfForm.given()
                .cookie("cg_conv", conversationId + ".guessed-secret")
                .redirects()
                .follow(false)
                .when()
                .post("/exit")
                .then()
                .statusCode(303);

        assertThat(count(conversationId)).isEqualTo(2);
    }

    @Test
    void a_link_to_exit_leaves_and_clears_the_browser_but_only_the_form_post_erases() {
        String cookie = CsrfForm.given()
                .formParam("question", "怎么起诉？")
                .redirects()
                .follow(false)
                .when()
                .post("/ask")
                .then()
                .statusCode(303)
                .extract()
                .cookie("cg_conv");
        String conversationId = cookie.substring(0, cookie.indexOf('.'));

        // a link (which another site can also make a person follow) changes nothing on the server
        Response byLink = given().cookie("cg_conv", cookie)
                .redirects()
                .follow(false)
                .when()
                .get("/exit");
        assertThat(byLink.statusCode()).isEqualTo(303);
        assertThat(byLink.header("Location")).contains("/left?lang=");
        assertThat(byLink.headers().getValues("Set-Cookie")).anyMatch(c -> c.startsWith("cg_conv=;"));
        assertThat(count(conversationId)).isEqualTo(2);
    }

    @Test
    void a_post_without_a_valid_form_token_still_leaves_and_clears_the_browser() {
        String cookie = CsrfForm.given()
                .formParam("question", "怎么起诉？")
                .redirects()
                .follow(false)
                .when()
                .post("/ask")
                .then()
                .statusCode(303)
                .extract()
                .cookie("cg_conv");
        String conversationId = cookie.substring(0, cookie.indexOf('.'));

        // the form token's cookie expired (or cookies are blocked): Exit must not answer with an error page
        Response refused = given().contentType(CsrfForm.CONTENT_TYPE)
                .cookie("cg_conv", cookie)
                .queryParam("lang", "en")
                .formParam("csrf-token", "stale")
                .redirects()
                .follow(false)
                .when()
                .post("/exit");
        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(refused.header("Location")).endsWith("/left?lang=en");
        assertThat(refused.header("Clear-Site-Data")).contains("\"cookies\"");
        assertThat(refused.headers().getValues("Set-Cookie"))
                .anyMatch(c -> c.startsWith("cg_conv=;") && c.contains("Max-Age=0"));
        // only a post with the form's token erases what the server holds
        assertThat(count(conversationId)).isEqualTo(2);

        Response crossSite = given().contentType(CsrfForm.CONTENT_TYPE)
                .header("Sec-Fetch-Site", "cross-site")
                .cookie("cg_conv", cookie)
                .redirects()
                .follow(false)
                .when()
                .post("/exit");
        assertThat(crossSite.statusCode()).isEqualTo(303);
        assertThat(count(conversationId)).isEqualTo(2);
    }

    @Test
    void a_page_for_an_address_nothing_answers_still_renders_with_its_exit_form() {
        // such pages are made without a form token; the Exit form then posts without one, and still leaves
        Response missing = given().queryParam("lang", "en").when().get("/no-such-file.png");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(missing.asString()).select("form.exit-form[method=post][action=/exit]"))
                .hasSize(1);
    }

    @Test
    void the_neutral_page_looks_like_an_ordinary_page_that_names_neither_the_site_nor_leaving() {
        for (String lang : new String[] {"en", "zh"}) {
            Response left = given().queryParam("lang", lang)
                    .when()
                    .get("/left")
                    .then()
                    .statusCode(200)
                    .extract()
                    .response();
            assertThat(left.header("Cache-Control")).contains("no-store");
            Document page = Jsoup.parse(left.asString());
            assertThat(page.title())
                    .isEqualTo(page.selectFirst("h1").text())
                    .isIn("Home cooking: tomato and egg stir-fry", "家常菜：番茄炒蛋");
            assertThat(page.text())
                    .doesNotContainIgnoringCase("Court Guide")
                    .doesNotContain("诉讼指引")
                    .doesNotContainIgnoringCase("left")
                    .doesNotContain("离开")
                    .doesNotContain("退出")
                    .doesNotContain("上诉")
                    .doesNotContain("法院")
                    .doesNotContainIgnoringCase("court");
            assertThat(page.select("a"))
                    .as("no way back to the site on the screen")
                    .isEmpty();
        }
    }

    @Test
    void help_says_that_shift_three_times_exits_and_when_it_works_in_both_languages() {
        Document en =
                Jsoup.parse(given().queryParam("lang", "en").when().get("/help").asString());
        assertThat(en.getElementById("exit").text())
                .contains("pressing Shift three times")
                .contains("While the cursor is in a field, or an input method is composing text, Shift does not exit");
        Document zh =
                Jsoup.parse(given().queryParam("lang", "zh").when().get("/help").asString());
        assertThat(zh.getElementById("exit").text())
                .contains("连按三次 Shift 键")
                .contains("光标在输入框里时，或输入法正在输入时，按 Shift 不会退出");
    }

    /** Rows stored for a conversation: the conversation, its turns, their feedback. */
    private static long count(String conversationId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Conversation.count("id", conversationId)
                        + Turn.count("conversationId", conversationId)
                        + Feedback.count("conversationId", conversationId));
    }
}
