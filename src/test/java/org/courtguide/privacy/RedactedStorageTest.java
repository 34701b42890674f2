package org.courtguide.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.courtguide.conversation.Turn;
import org.courtguide.testsupport.CsrfForm;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question with a name, a phone number and a bank card number typed with spaces, asked through the real
 * {@code /api/ask} and the question form: what is stored (the conversation turn and its answer), what the conversation
 * page shows back and what is logged hold none of them; and the card number is not taken for a claim amount.
 */
@QuarkusTest
class RedactedStorageTest {

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(
                    record instanceof ExtLogRecord ext
                            ? ext.getFormattedMessage()
                            : String.valueOf(record.getMessage()));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureLogs() {
        java.util.logging.Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        java.util.logging.Logger.getLogger("").removeHandler(capture);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "My name is John Smith, phone +86 139 1234 5678, card 6222 0212 3456 7890 123. How do I pay court fees?|en|John",
                "我叫张三，电话+86 139 1234 5678，银行卡号6222 0212 3456 7890 123，诉讼费怎么交？|zh|张三"
            })
    void the_stored_turn_and_the_logs_hold_no_name_phone_or_card(String question, String language, String name) {
        JsonPath answer = given().contentType(ContentType.JSON)
                .body(Map.of("question", question))
                .when()
                .post("/api/ask")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        Turn turn = QuarkusTransaction.requiringNew().call(() -> Turn.findById(answer.getString("traceId")));
        assertThat(turn).isNotNull();
        assertNoPersonalData(turn.redactedQuestion, name);
        assertNoPersonalData(turn.answerText, name);
        assertNoPersonalData(turn.answerJson, name);
        assertThat(turn.redactedQuestion).contains(language.equals("zh") ? "[银行卡号]" : "[bank card number]");
        assertThat(logged).isNotEmpty().allSatisfy(line -> assertNoPersonalData(line, name));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "My name is John Smith, phone +86 139 1234 5678, card 6222 0212 3456 7890 123. How do I pay court fees?",
                "银行卡号6222 0212 3456 7890 123，诉讼费怎么交？",
                "card 6222-0212-3456-7890-123, what is the court fee?"
            })
    void a_card_number_is_never_read_as_the_claim_amount(String question) {
        JsonPath answer = given().contentType(ContentType.JSON)
                .body(Map.of("question", question))
                .when()
                .post("/api/ask")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(answer.getString("answeredBy")).isNotEqualTo("fee-schedule");
        assertThat(answer.getString("answer")).doesNotContain("6,222", "6222", "6 222");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "起诉5万元要交多少诉讼费？卡号6222 0212 3456 7890 123|50,000",
                "Court fee for a claim of 50,000 yuan? My card is 6222 0212 3456 7890 123.|50,000"
            })
    void an_amount_in_money_next_to_a_card_number_is_still_the_amount(String question, String amount) {
        JsonPath answer = given().contentType(ContentType.JSON)
                .body(Map.of("question", question))
                .when()
                .post("/api/ask")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(answer.getString("answeredBy")).isEqualTo("fee-schedule");
        assertThat(answer.getString("answer")).contains(amount).doesNotContain("6222");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "My name is John Smith, phone +86 139 1234 5678, card 6222 0212 3456 7890 123. How do I pay court fees?|John",
                "我叫张三，手机１３９１２３４５６７８，银行卡号6222 0212 3456 7890 123，诉讼费怎么交？|张三"
            })
    void the_conversation_page_shows_the_question_as_stored(String question, String name) {
        Response asked = CsrfForm.given()
                .formParam("question", question)
                .redirects()
                .follow(false)
                .when()
                .post("/ask");
        assertThat(asked.statusCode()).isEqualTo(303);
        String conversation = asked.cookie(org.courtguide.conversation.ConversationKey.COOKIE);

        String page = given().cookie(org.courtguide.conversation.ConversationKey.COOKIE, conversation)
                .when()
                .get("/conversation")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(page).contains("class=\"asked\"");
        assertNoPersonalData(page, name);
    }

    private static void assertNoPersonalData(String text, String name) {
        String digits = PiiRedactor.asciiDigits(text == null ? "" : text).replaceAll("[ -]", "");
        assertThat(digits).as("card number in %s", text).doesNotContain("6222021234567890123", "62220212");
        assertThat(digits).as("phone number in %s", text).doesNotContain("13912345678");
        assertThat(text == null ? "" : text).as("name in %s", text).doesNotContain(name);
    }
}
