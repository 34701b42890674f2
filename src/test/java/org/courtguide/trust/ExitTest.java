package org.courtguide.trust;

import org.courtguide.testsupport.CsrfForm;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.courtguide.conversation.Conversation;
import org.courtguide.conversation.Feedback;
import org.courtguide.conversation.Turn;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Exit erases everything the conversation stored, clears the browser's data and lands on a neutral page. */
@QuarkusTest
class ExitTest {


    @Test
    void exit_erases_the_conversation_its_turns_and_feedback_and_clears_the_browser() {
        Response asked = CsrfForm.given().formParam("question", "上诉期限是多少天？").queryParam("lang", "zh")
                .redirects().follow(false).when().post("/ask").then().statusCode(303).extract().response();
        assertThat(asked.header("Cache-Control")).contains("no-store");
        String cookie = asked.cookie("cg_conv");
        String conversationId = cookie.substring(0, cookie.indexOf('.'));
        String traceId = QuarkusTransaction.requiringNew()
                .call(() -> Turn.ofConversation(conversationId).get(0).traceId);
        CsrfForm.given().formParam("traceId", traceId).formParam("helpful", "1").redirects().follow(false).when()
                .post("/feedback")
                .then().statusCode(303);
        assertThat(count(conversationId)).isEqualTo(3);

        Response exit = CsrfForm.given().cookie("cg_conv", cookie).redirects().follow(false).when().post("/exit").then()
                .statusCode(303).extract().response();

        assertThat(exit.header("Location")).contains("/left?lang=");
        assertThat(exit.header("Cache-Control")).contains("no-store");
        assertThat(exit.header("Clear-Site-Data")).contains("\"cookies\"").contains("\"storage\"");
        assertThat(exit.headers().getValues("Set-Cookie")).anyMatch(c -> c.startsWith("cg_conv=;") && c.contains("Max-Age=0"));
        assertThat(count(conversationId)).isZero();
    }

    @Test
    void a_guessed_conversation_id_without_its_secret_erases_nothing() {
        String cookie = CsrfForm.given().formParam("question", "怎么起诉？").redirects().follow(false).when()
                .post("/ask").then().statusCode(303).extract().cookie("cg_conv");
        String conversationId = cookie.substring(0, cookie.indexOf('.'));

        given().cookie("cg_conv", conversationId + ".guessed-secret").redirects().follow(false).when().get("/exit")
                .then().statusCode(303);

        assertThat(count(conversationId)).isEqualTo(2);
    }

    @Test
    void the_neutral_page_shows_nothing_of_the_conversation_and_is_not_cached() {
        Response left = given().queryParam("lang", "en").when().get("/left").then().statusCode(200).extract()
                .response();
        assertThat(left.header("Cache-Control")).contains("no-store");
        assertThat(left.asString()).contains("You have left").doesNotContain("上诉");
    }

    /** Rows stored for a conversation: the conversation, its turns, their feedback. */
    private static long count(String conversationId) {
        return QuarkusTransaction.requiringNew().call(() -> Conversation.count("id", conversationId)
                + Turn.count("conversationId", conversationId) + Feedback.count("conversationId", conversationId));
    }
}
