package org.courtguide.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.courtguide.Language;
import org.courtguide.answering.GenerativeAnswerer;
import org.courtguide.ask.Answer;
import org.courtguide.ask.AnswerStyle;
import org.courtguide.ask.AskService;
import org.courtguide.grounding.AdmissionReport;
import org.courtguide.grounding.GroundingRecord;
import org.courtguide.grounding.GroundingRecorder;
import org.courtguide.grounding.ModelAdmission;
import org.courtguide.grounding.Numerals;
import org.courtguide.safety.RouteKind;
import org.courtguide.safety.SafetyRouter;

/**
 * {@code eval-answers --model [--questions Q]}: asks the labelled questions the guidance covers through the real
 * answering path with the configured model (admitted or not), and writes its admission report: answers shown, fallen
 * back by check, model unavailable, expected facts present, outcome language shown, latency. A question line may name
 * {@code facts} (texts or numbers the answer must state); without them, its expected {@code guide} must be cited.
 */
@ApplicationScoped
public class ModelAdmissionRun {

    private final AskService ask;
    private final GenerativeAnswerer generative;
    private final ModelAdmission admission;
    private final GroundingRecorder recorder;
    private final SafetyRouter router;
    private final ObjectMapper json;

    ModelAdmissionRun(
            AskService ask,
            GenerativeAnswerer generative,
            ModelAdmission admission,
            GroundingRecorder recorder,
            SafetyRouter router,
            ObjectMapper json) {
        this.ask = ask;
        this.generative = generative;
        this.admission = admission;
        this.recorder = recorder;
        this.router = router;
        this.json = json;
    }

    /** Runs the questions of {@code questions}; writes the report where the service reads it, and to {@code out}. */
    public AdmissionReport run(Path questions, Optional<Path> out) throws IOException {
        if (!generative.enabled()) {
            throw new IllegalArgumentException(
                    "eval-answers --model needs a configured model (court-guide.model.provider)");
        }
        List<JsonNode> checks = new ArrayList<>();
        for (String line : Files.readAllLines(questions)) {
            if (!line.isBlank()) {
                JsonNode check = json.readTree(line);
                if ("answer".equals(check.path("expect").asText("answer"))) {
                    checks.add(check);
                }
            }
        }
        int shown = 0, trimmed = 0, fellBack = 0, unavailable = 0, withFact = 0, factChecked = 0, outcome = 0;
        Map<String, Integer> byCheck = new LinkedHashMap<>();
        List<Long> latencies = new ArrayList<>();
        List<Long> checkMicros = new ArrayList<>();
        for (JsonNode check : checks) {
            String question = check.path("question").asText();
            long start = System.nanoTime();
            Answer[] answer = new Answer[1];
            admission.duringAdmissionRun(() ->
                    answer[0] = ask.ask(question, Language.detect(question), Optional.empty(), AnswerStyle.STANDARD)
                            .answer());
            latencies.add((System.nanoTime() - start) / 1000);
            Answer a = answer[0];
            if (a.paragraphs().stream()
                    .flatMap(p -> org.courtguide.grounding.CitedSentences.split(p).stream())
                    .anyMatch(s -> router.checkAnswer(s.plain())
                            .filter(r -> r.kind() == RouteKind.PREDICTION)
                            .isPresent())) {
                outcome++;
            }
            Optional<GroundingRecord> record = recorder.of(a.traceId());
            record.ifPresent(r -> checkMicros.add(r.checkMicros));
            if (a.answeredBy() != null && a.answeredBy().startsWith("model:")) {
                shown++;
                trimmed += record.map(r -> "trimmed".equals(r.outcome)).orElse(false) ? 1 : 0;
                Boolean fact = expectedFact(check, a);
                if (fact != null) {
                    factChecked++;
                    withFact += fact ? 1 : 0;
                }
            } else if (a.answeredBy() != null && a.answeredBy().endsWith(GenerativeAnswerer.UNAVAILABLE)) {
                unavailable++;
            } else if (record.isPresent()) {
                fellBack++;
                for (String failed : Optional.ofNullable(record.get().failedChecks)
                        .orElse("")
                        .split(",")) {
                    if (!failed.isBlank()) {
                        byCheck.merge(failed, 1, Integer::sum);
                    }
                }
            }
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] checksSorted =
                checkMicros.stream().mapToLong(Long::longValue).sorted().toArray();
        AdmissionReport report = new AdmissionReport(
                "model-admission",
                Instant.now().toString(),
                generative.modelId(),
                generative.promptVersion(false),
                questions.toString(),
                checks.size(),
                shown,
                trimmed,
                fellBack,
                byCheck,
                unavailable,
                withFact,
                factChecked,
                outcome,
                millis(sorted, 50),
                millis(sorted, 95),
                checksSorted.length == 0
                        ? null
                        : Math.round(java.util.Arrays.stream(checksSorted)
                                        .average()
                                        .orElse(0))
                                / 1000.0,
                millis(checksSorted, 95));
        ObjectMapper pretty = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
        Path file = admission.reportFile(generative.modelId());
        for (Path target : out.isPresent() ? List.of(file, out.get()) : List.of(file)) {
            Files.createDirectories(target.toAbsolutePath().getParent());
            pretty.writeValue(target.toFile(), report);
        }
        ModelAdmission.Status status = admission.status();
        System.out.printf(
                "model %s, prompt %s: %d questions, shown %d (trimmed %d), fell back %d %s, unavailable %d, "
                        + "expected fact %d/%d, outcome language shown %d, latency p50 %.0f ms p95 %.0f ms%n"
                        + "admission: %s%nReport written to %s%n",
                report.model(),
                report.promptVersion(),
                report.questions(),
                shown,
                trimmed,
                fellBack,
                byCheck,
                unavailable,
                withFact,
                factChecked,
                outcome,
                report.latencyP50Ms(),
                report.latencyP95Ms(),
                status.reason().key(),
                file);
        return report;
    }

    /** Whether the answer states the question's expected facts (or cites its guide); null when it names neither. */
    static Boolean expectedFact(JsonNode check, Answer answer) {
        String text = answer.text();
        JsonNode facts = check.path("facts");
        if (facts.isArray() && !facts.isEmpty()) {
            Set<String> numbers = Numerals.in(text);
            for (JsonNode fact : facts) {
                String f = fact.asText();
                Set<String> factNumbers = Numerals.in(f);
                boolean stated = text.contains(f) || !factNumbers.isEmpty() && numbers.containsAll(factNumbers);
                if (!stated) {
                    return false;
                }
            }
            return true;
        }
        String guide = check.path("guide").asText(null);
        if (guide == null) {
            return null;
        }
        return answer.citations().stream().anyMatch(c -> guide.equals(c.sourceId()));
    }

    private static Double millis(long[] sortedMicros, int percentile) {
        if (sortedMicros.length == 0) {
            return null;
        }
        int index = (int) Math.min(sortedMicros.length - 1, Math.ceil(sortedMicros.length * percentile / 100.0) - 1);
        return Math.round(sortedMicros[Math.max(index, 0)] / 100.0) / 10.0;
    }
}
