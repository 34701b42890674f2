package org.courtguide.safety;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.courtguide.testsupport.CsrfForm;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A crisis reply as a person gets it through {@code /api/ask} and the question page: the numbers that fit the kind of
 * crisis, as call links in a panel before anything else, and no "Was this helpful?" under it.
 */
@QuarkusTest
class CrisisReplyTest {

    private static JsonPath ask(String question) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("question", question))
                .when()
                .post("/api/ask")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Asks through the form and reads the conversation page the post/redirect/get lands on. */
    private static Document askOnThePage(String question, String lang) {
        Response asked = CsrfForm.given()
                .formParam("question", question)
                .queryParam("lang", lang)
                .redirects()
                .follow(false)
                .when()
                .post("/ask");
        assertThat(asked.statusCode()).isEqualTo(303);
        return Jsoup.parse(given().cookies(asked.cookies())
                .queryParam("lang", lang)
                .when()
                .get("/conversation")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"我被人打伤了，要报案|zh|派出所", "Someone attacked me in the street and I want to report it|en|police station"
            })
    void an_assault_gets_110_and_how_to_report_without_self_harm_or_protection_order_text(
            String question, String language, String howToReport) {
        JsonPath answer = ask(question);

        assertThat(answer.getString("route")).isEqualTo("crisis");
        assertThat(answer.getString("language")).isEqualTo(language);
        assertThat(answer.getString("answer"))
                .contains("110", howToReport)
                .doesNotContain("保护令", "protection order", "12356", "伤害自己", "harming yourself");
        assertThat(answer.getList("emergencyContacts.number")).containsExactly("110", "120");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "我不想活了|12356",
                "I keep thinking about killing myself|12356",
                "我老公喝醉了就打我，怎么办|110",
                "My husband hits me when he is drunk|110"
            })
    void self_harm_keeps_the_crisis_line_first_and_domestic_violence_the_protection_order(
            String question, String first) {
        JsonPath answer = ask(question);

        assertThat(answer.getList("emergencyContacts.number")).first().isEqualTo(first);
        if (first.equals("12356")) {
            assertThat(answer.getString("answer")).doesNotContain("保护令", "protection order");
        } else {
            assertThat(answer.getString("answer")).containsAnyOf("人身安全保护令", "personal safety protection order");
        }
    }

    @Test
    void an_ordinary_answer_has_no_emergency_contacts() {
        assertThat(ask("上诉期限是多少天？").getList("emergencyContacts")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "我被人打伤了，要报案|zh|110,120|这个回答有帮助吗",
                "Someone attacked me in the street and I want to report it|en|110,120|Was this answer helpful",
                "我想自杀|zh|12356,120,110|这个回答有帮助吗",
                "I want to end my life|en|12356,120,110|Was this answer helpful"
            })
    void the_page_puts_call_links_first_and_asks_no_feedback(
            String question, String lang, String numbers, String feedbackQuestion) {
        Document page = askOnThePage(question, lang);

        Element answer = page.getElementById("latest-answer");
        assertThat(answer).isNotNull();
        Element heading = answer.selectFirst("h2.answer-heading");
        Element panel = heading.nextElementSibling();
        assertThat(panel.hasClass("crisis-call"))
                .as("the call panel comes straight after the heading")
                .isTrue();
        assertThat(panel.select("a").eachAttr("href"))
                .containsExactlyElementsOf(List.of(numbers.split(",")).stream()
                        .map(n -> "tel:" + n)
                        .toList());
        assertThat(panel.select("a").first().text()).contains(numbers.split(",")[0]);
        assertThat(panel.selectFirst("h3").text()).isNotBlank();
        assertThat(answer.select("form.feedback-form")).isEmpty();
        assertThat(answer.text()).doesNotContain(feedbackQuestion);
        assertThat(answer.select("p.asked")).isNotEmpty();
        assertThat(panel.elementSiblingIndex())
                .isLessThan(answer.selectFirst("p.asked").elementSiblingIndex());
        assertThat(answer.selectFirst(".answer-body").text()).doesNotContain("保护令", "protection order");
    }

    @Test
    void an_ordinary_answer_keeps_its_feedback_and_shows_no_call_panel() {
        Element answer = askOnThePage("上诉期限是多少天？", "zh").getElementById("latest-answer");

        assertThat(answer.select(".crisis-call")).isEmpty();
        assertThat(answer.select("form.feedback-form")).hasSize(1);
        assertThat(answer.text()).contains("这个回答有帮助吗");
    }
}
