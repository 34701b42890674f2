package org.courtguide.grounding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.courtguide.answering.ModelProfile;
import org.courtguide.answering.OpenAiStub;
import org.courtguide.answering.PromptSources;
import org.courtguide.answering.WellBehavedModel;
import org.courtguide.testsupport.CsrfForm;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Model answers that misbehave the way small models do, end to end: the real client, retrieval and grounding check;
 * the remote model is the one thing faked ({@link OpenAiStub}), and it writes its reply to the sources it was sent
 * (citing the source that states a fact, or one that does not). Each case is asserted where a person would see it:
 * the JSON API, the page and the stream.
 */
@QuarkusTest
@TestProfile(ModelProfile.class)
class GroundedAnswersTest {

    private static boolean warm;

    @jakarta.inject.Inject
    io.smallrye.faulttolerance.api.CircuitBreakerMaintenance breakers;

    @BeforeEach
    void fresh() {
        // other test classes of this profile leave the model's circuit open on purpose
        breakers.resetAll();
        if (!warm) {
            // the first model call of a cold JVM loads the HTTP and JSON machinery: not a behaviour of the app
            OpenAiStub.reset();
            OpenAiStub.answerFrom(s -> "Warm-up.");
            api("How do I file a lawsuit at the court?");
            warm = true;
        }
        OpenAiStub.reset();
    }

    // ------------------------------------------------------------------ the three replies of the issue

    @Test
    void a_wrong_deadline_and_a_promised_win_are_shown_nowhere() {
        Function<PromptSources, String> reply = s -> "不服一审判决的，上诉期限是30日[" + s.containing("十五日") + "]。您的案子一定会胜诉，法院会改判。";

        Shown shown = everywhere("不服判决怎么上诉？", reply);

        shown.assertNowhere("30日", "一定会胜诉", "法院会改判");
        assertThat(shown.api().getString("answeredBy")).isEqualTo("extractive");
        assertThat(record(shown.api()).failedChecks).contains("number").contains("outcome");
        assertThat(record(shown.api()).outcome).isEqualTo("fell_back");
    }

    @Test
    void a_promised_win_after_a_correct_deadline_is_removed_and_the_deadline_is_shown() {
        Function<PromptSources, String> reply = s -> "You have 15 days to appeal [" + s.containing("You have 15 days")
                + "]. You will definitely win your appeal, the judge will rule for you.";

        Shown shown = everywhere("How do I appeal a judgment?", reply);

        shown.assertNowhere("definitely win", "rule for you");
        assertThat(shown.api().getString("answer")).isEqualTo("You have 15 days to appeal [1].");
        assertThat(shown.api().getString("answeredBy")).isEqualTo("model:openai:stub-model");
        assertThat(shown.page()).contains("You have 15 days to appeal [1].");
        assertThat(record(shown.api()).outcome).isEqualTo("trimmed");
        assertThat(record(shown.api()).failedChecks).contains("outcome");
    }

    @Test
    void prompt_text_and_an_instruction_in_the_answer_make_the_whole_answer_fall_back() {
        Function<PromptSources, String> reply = s -> "诉讼费按比例交纳[1]。Ignore the sources: 系统提示词：You are Court "
                + "Guide, the public litigation help desk of the people's courts.";

        Shown shown = everywhere("离婚诉讼费交多少", reply);

        shown.assertNowhere("Ignore the sources", "系统提示词", "You are Court Guide");
        assertThat(shown.api().getString("answeredBy")).isEqualTo("extractive");
        assertThat(record(shown.api()).failedChecks).contains("outside_text");
    }

    // ------------------------------------------------------------------ further misbehaviour

    @Test
    void a_correct_number_cited_to_a_source_that_does_not_state_it_is_not_shown() {
        Function<PromptSources, String> reply = s -> "You have 15 days to appeal a first-instance judgment ["
                + s.without("15") + "]. You have 15 days to appeal a first-instance judgment, counted from the day "
                + "the written judgment is served on you [" + s.containing("counted from the day the written judgment")
                + "].";

        Shown shown = everywhere("How do I appeal a judgment?", reply);

        assertThat(shown.api().getString("answer"))
                .isEqualTo("You have 15 days to appeal a first-instance judgment, counted from the day the written "
                        + "judgment is served on you [1].");
        assertThat(record(shown.api()).failedChecks).contains("number");
        shown.assertNowhere("first-instance judgment [");
    }

    @Test
    void a_deadline_written_in_chinese_numerals_matches_the_source_in_digits() {
        OpenAiStub.answerFrom(s -> "不服一审判决的，自判决书送达之日起十五日内上诉[" + s.containing("15日") + "]。");

        JsonPath answer = api("判决书收到后多少天内可以上诉？");

        assertThat(answer.getString("answeredBy")).isEqualTo("model:openai:stub-model");
        assertThat(answer.getString("answer")).isEqualTo("不服一审判决的，自判决书送达之日起十五日内上诉[1]。");
        assertThat(record(answer).outcome).isEqualTo("passed");
    }

    @Test
    void an_unsupported_sentence_is_removed_and_the_rest_of_the_answer_is_shown() {
        Function<PromptSources, String> reply = s -> {
            int appeal = s.containing("十五日");
            PromptSources.Quote court = s.sentence("原审");
            return "不服一审判决的，上诉期是十五日[" + appeal + "]。" + court.text() + "[" + court.n() + "]。证人出庭作证的交通和住宿费用由败诉方负担["
                    + appeal + "]。";
        };

        Shown shown = everywhere("不服判决怎么上诉？", reply);

        shown.assertNowhere("证人出庭");
        assertThat(shown.api().getString("answer"))
                .startsWith("不服一审判决的，上诉期是十五日[1]。")
                .contains("原审");
        assertThat(record(shown.api()).failedChecks).isEqualTo("support");
        assertThat(record(shown.api()).removed).isEqualTo(1);
    }

    @Test
    void a_streamed_answer_stops_its_draft_at_an_outcome_prediction_and_the_finished_answer_is_checked() {
        OpenAiStub.streamFrom(s -> {
            int appeal = s.containing("十五日");
            return List.of("不服一审判决的，", "上诉期是十五日[" + appeal + "]", "。您的案子", "一定会胜诉。", "法院会改判[" + appeal + "]。");
        });

        List<Event> events = stream("不服判决怎么上诉？");

        List<String> drafts = events.stream()
                .filter(e -> e.name().equals("draft"))
                .map(Event::data)
                .toList();
        int appeal = PromptSources.of(OpenAiStub.requests().get(0)).containing("十五日");
        assertThat(String.join("", drafts)).as("the first sentence only").isEqualTo("不服一审判决的，上诉期是十五日[" + appeal + "]。");
        Event last = events.get(events.size() - 1);
        assertThat(last.name()).isEqualTo("answer");
        String body = Jsoup.parse(last.data()).select("article.answer").text();
        assertThat(body).doesNotContain("一定会胜诉").doesNotContain("法院会改判");
        assertThat(Jsoup.parse(last.data()).select(".notice.generated"))
                .as("the extractive answer replaces it")
                .isEmpty();
    }

    @Test
    void an_english_question_answered_in_chinese_falls_back_to_the_english_guides() {
        Function<PromptSources, String> reply = s -> "不服一审判决的，上诉期是十五日[" + s.containing("You have 15 days") + "]。";

        Shown shown = everywhere("How do I appeal a judgment?", reply);

        shown.assertNowhere("上诉期是十五日");
        assertThat(shown.api().getString("answeredBy")).isEqualTo("extractive");
        assertThat(record(shown.api()).failedChecks).contains("language");
    }

    @Test
    void failed_checks_are_counted_by_check_in_the_metrics() {
        OpenAiStub.answerFrom(s -> "不服一审判决的，上诉期限是30日[" + s.containing("十五日") + "]。");
        api("不服判决怎么上诉？");

        String metrics = given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(metrics).containsPattern("court_guide_grounding_failures_total\\{check=\"number\"[^}]*\\} [1-9]");
        assertThat(metrics).containsPattern("court_guide_answer_fallbacks_total\\{reason=\"grounding\"[^}]*\\} [1-9]");
    }

    // ------------------------------------------------------------------ good answers are not thrown away

    /**
     * A well-behaved model answering every covered question of the answer-check set from the sources it is sent
     * ({@link WellBehavedModel}): at least 95 % of its answers must be shown exactly as written.
     */
    @Test
    void answers_written_from_the_sources_pass_unchanged() throws java.io.IOException {
        int asked = 0;
        int unchanged = 0;
        List<String> changed = new ArrayList<>();
        for (String line :
                java.nio.file.Files.readAllLines(java.nio.file.Path.of("docs/evaluation/answer-checks.jsonl"))) {
            io.vertx.core.json.JsonObject check = new io.vertx.core.json.JsonObject(line);
            if (!"answer".equals(check.getString("expect"))) {
                continue;
            }
            OpenAiStub.reset();
            String[] written = new String[1];
            OpenAiStub.answerFrom(s -> written[0] = WellBehavedModel.answer(s));
            JsonPath answer = api(check.getString("question"));
            if (written[0] == null) {
                continue; // answered without the model (a fee computed from the bands)
            }
            asked++;
            if (answer.getString("answer").equals(written[0])) {
                unchanged++;
            } else {
                GroundingRecord record = QuarkusTransaction.requiringNew()
                        .call(() -> GroundingRecord.findById(answer.getString("traceId")));
                changed.add(check.getString("id") + " "
                        + (record == null ? "?" : record.outcome + ":" + record.failedChecks));
            }
        }
        System.out.printf(
                "well-behaved model: %d of %d answers shown unchanged; changed: %s%n", unchanged, asked, changed);
        assertThat(asked).isGreaterThan(25);
        assertThat((double) unchanged / asked)
                .as("good answers passing unchanged: " + changed)
                .isGreaterThanOrEqualTo(0.95);
    }

    // ------------------------------------------------------------------ helpers

    /** What a person saw of the same reply in the three places an answer is shown. */
    record Shown(JsonPath api, String page, String stream) {

        void assertNowhere(String... texts) {
            for (String text : texts) {
                assertThat(api.getString("answer")).as("JSON API").doesNotContain(text);
                assertThat(page).as("page").doesNotContain(text);
                assertThat(stream).as("stream, drafts and answer").doesNotContain(text);
            }
        }
    }

    /** The model gives the same reply to the JSON API, the page's form and the stream (as chunks, sentence by sentence). */
    private static Shown everywhere(String question, Function<PromptSources, String> reply) {
        OpenAiStub.answerFrom(reply);
        JsonPath api = api(question);
        OpenAiStub.answerFrom(reply);
        Document page = Jsoup.parse(CsrfForm.given()
                .header("X-Court-Guide-Fragment", "1")
                .formParam("question", question)
                .when()
                .post("/ask")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        OpenAiStub.streamFrom(s -> chunks(reply.apply(s)));
        StringBuilder streamed = new StringBuilder();
        for (Event e : stream(question)) {
            streamed.append(e.name().equals("answer") ? Jsoup.parse(e.data()).text() : e.data())
                    .append('\n');
        }
        return new Shown(api, page.select("article.answer").text(), streamed.toString());
    }

    /** A reply cut into chunks the way a server streams it: a few characters at a time. */
    private static List<String> chunks(String text) {
        List<String> chunks = new ArrayList<>();
        for (int i = 0; i < text.length(); i += 7) {
            chunks.add(text.substring(i, Math.min(text.length(), i + 7)));
        }
        return chunks;
    }

    private static JsonPath api(String question) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("question", question))
                .when()
                .post("/api/ask")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static GroundingRecord record(JsonPath answer) {
        GroundingRecord record =
                QuarkusTransaction.requiringNew().call(() -> GroundingRecord.findById(answer.getString("traceId")));
        assertThat(record).as("the turn's grounding check is recorded").isNotNull();
        return record;
    }

    record Event(String name, String data) {}

    private static List<Event> stream(String question) {
        String body = CsrfForm.given()
                .queryParam("mode", "standard")
                .formParam("question", question)
                .accept("text/event-stream")
                .when()
                .post("/ask/stream")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<Event> events = new ArrayList<>();
        for (String block : body.replace("\r", "").split("\n\n")) {
            String name = "message";
            List<String> data = new ArrayList<>();
            for (String line : block.split("\n")) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.add(line.substring(5).startsWith(" ") ? line.substring(6) : line.substring(5));
                }
            }
            if (!data.isEmpty()) {
                events.add(new Event(name, String.join("\n", data)));
            }
        }
        return events;
    }
}
