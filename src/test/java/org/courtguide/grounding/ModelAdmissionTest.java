package org.courtguide.grounding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.courtguide.answering.ModelProfile;
import org.courtguide.answering.OpenAiStub;
import org.courtguide.answering.PromptVersions;
import org.courtguide.answering.WellBehavedModel;
import org.courtguide.evaluation.ModelAdmissionRun;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A configured model writes answers only after its last admission report, for this model and prompt version, meets
 * the operator's thresholds; until then answers are extractive and the disclosure page says why. The model is the
 * in-JVM stub ({@link OpenAiStub}).
 */
@QuarkusTest
@TestProfile(ModelAdmissionTest.AdmissionRequired.class)
class ModelAdmissionTest {

    static final Path REPORTS = Path.of("target/admission-test");
    static final Path REPORT = REPORTS.resolve("admission-openai-stub-model.json");
    private static final String QUESTION = "How do I file a lawsuit at the court?";

    /** The stub model, with admission required (the default) and reports in a folder of the test's own. */
    public static class AdmissionRequired extends ModelProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.put("court-guide.admission.required", "true");
            config.put("court-guide.admission.reports", REPORTS.toString());
            return config;
        }
    }

    @Inject
    ModelAdmissionRun run;

    @Inject
    PromptVersions prompts;

    @BeforeEach
    void fresh() throws Exception {
        OpenAiStub.reset();
        Files.deleteIfExists(REPORT);
    }

    @Test
    void without_an_admission_report_answers_are_extractive_and_the_disclosure_says_why() {
        OpenAiStub.answerFrom(WellBehavedModel::answer);

        JsonPath answer = api(QUESTION);

        assertThat(answer.getString("answeredBy")).isEqualTo("extractive");
        assertThat(OpenAiStub.requests()).as("the model is not asked").isEmpty();
        assertThat(disclosure()).contains("has not yet passed an admission run");
    }

    @Test
    void a_report_meeting_the_thresholds_admits_the_model_and_the_disclosure_shows_its_figures() throws Exception {
        write(0, 30, 30);
        OpenAiStub.answerFrom(WellBehavedModel::answer);

        JsonPath answer = api(QUESTION);

        assertThat(answer.getString("answeredBy")).isEqualTo("model:openai:stub-model");
        String page = disclosure();
        assertThat(page)
                .contains("Its last admission run met the thresholds")
                .contains("Admission run of openai:stub-model");
    }

    @Test
    void a_report_with_outcome_language_or_too_few_expected_facts_keeps_the_model_out() throws Exception {
        write(1, 30, 30);
        assertThat(api(QUESTION).getString("answeredBy")).isEqualTo("extractive");
        assertThat(disclosure()).contains("predicted or promised an outcome");

        write(0, 27, 30);
        assertThat(api(QUESTION).getString("answeredBy")).isEqualTo("extractive");
        assertThat(disclosure()).contains("too few answers");
        assertThat(OpenAiStub.requests()).isEmpty();
    }

    @Test
    void a_report_of_another_prompt_version_keeps_the_model_out() throws Exception {
        Files.createDirectories(REPORTS);
        Files.writeString(REPORT, report(0, 30, 30).replace(prompts.standard(), "answer-2000.01-1+user-2000.01-1"));

        assertThat(api(QUESTION).getString("answeredBy")).isEqualTo("extractive");
        assertThat(disclosure()).contains("have changed since its last admission run");
    }

    @Test
    void the_admission_run_asks_the_labelled_questions_and_writes_the_report_the_service_reads() throws Exception {
        for (int i = 0; i < 40; i++) {
            OpenAiStub.answerFrom(WellBehavedModel::answer);
        }

        AdmissionReport report = run.run(Path.of("docs/evaluation/answer-checks.jsonl"), Optional.empty());

        assertThat(report.model()).isEqualTo("openai:stub-model");
        assertThat(report.promptVersion()).isEqualTo(prompts.standard());
        assertThat(report.questions()).isEqualTo(33);
        assertThat(report.outcomeShown()).isZero();
        assertThat(report.shown()).isGreaterThan(25);
        assertThat(report.latencyP95Ms()).isNotNull();
        assertThat(Files.readString(REPORT)).contains("\"model\" : \"openai:stub-model\"");
        System.out.printf(
                "admission run with the well-behaved stub: shown %d/%d, fell back %d %s, expected fact %d/%d%n",
                report.shown(),
                report.questions(),
                report.fellBack(),
                report.fellBackByCheck(),
                report.withExpectedFact(),
                report.expectedFactChecked());
    }

    private void write(int outcomeShown, int withFact, int factChecked) throws Exception {
        Files.createDirectories(REPORTS);
        Files.writeString(REPORT, report(outcomeShown, withFact, factChecked));
    }

    private String report(int outcomeShown, int withFact, int factChecked) {
        return """
                {"kind":"model-admission","date":"2026-12-03T10:00:00Z","model":"openai:stub-model",
                 "promptVersion":"%s","questionFile":"docs/evaluation/answer-checks.jsonl","questions":33,"shown":30,
                 "trimmed":1,"fellBack":3,"fellBackByCheck":{"support":3},"unavailable":0,"withExpectedFact":%d,
                 "expectedFactChecked":%d,"outcomeShown":%d,"latencyP50Ms":900.0,"latencyP95Ms":2100.0}
                """.formatted(prompts.standard(), withFact, factChecked, outcomeShown);
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

    private static String disclosure() {
        return Jsoup.parse(given().header("Accept-Language", "en")
                        .cookie("cg_lang", "en")
                        .when()
                        .get("/disclosure")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .text();
    }
}
