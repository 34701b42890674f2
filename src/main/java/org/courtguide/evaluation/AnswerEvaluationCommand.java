package org.courtguide.evaluation;

import java.io.BufferedReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.courtguide.Language;
import org.courtguide.ask.Answer;
import org.courtguide.ask.AnswerStyle;
import org.courtguide.ask.AskService;
import org.courtguide.ask.Citation;
import org.courtguide.guides.GuideLinks;
import org.courtguide.knowledge.KnowledgeChunk;
import org.courtguide.knowledge.KnowledgeIngestor;
import org.courtguide.retrieval.KnowledgeIndex;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.quarkus.runtime.QuarkusApplication;

/**
 * {@code java -jar … eval-answers [--model] [--questions F] [--out R]}: asks the answer-check questions through the real
 * answering path over the configured knowledge and measures what the disclosure page states: covered questions
 * answered, uncovered ones declined, citations that open their section, and the expected guide cited.
 */
public class AnswerEvaluationCommand implements QuarkusApplication {

    /** One check: a question, whether the guidance covers it, and optionally the guide that should be cited. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Check(String id, String question, String expect, String guide) {
    }

    @Inject
    KnowledgeIngestor ingestor;
    @Inject
    AskService ask;
    @Inject
    KnowledgeIndex index;
    @Inject
    ObjectMapper json;

    /** Answers are recorded as conversations: keep them apart from the app's own database and index. */
    public static void applyToConfig() {
        System.setProperty("court-guide.data-dir", "./data/eval/answers");
        System.setProperty("court-guide.knowledge.ingest-at-startup", "false");
        System.setProperty("quarkus.http.host-enabled", "false");
    }

    /** {@code --model}: the configured model's admission run instead (see {@code docs/generative-answers.md}). */
    @Inject
    org.courtguide.grounding.ModelAdmissionRun admissionRun;

    @Override
    public int run(String... arguments) throws Exception {
        List<String> rest = new ArrayList<>(List.of(arguments));
        boolean model = rest.remove("--model");
        String[] args = rest.toArray(String[]::new);
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        Path questions = Path.of(options.getOrDefault("--questions", "docs/evaluation/answer-checks.jsonl"));
        Path out = Path.of(options.getOrDefault("--out", "docs/reports/eval-answers.json"));
        ingestor.ingest();
        if (model) {
            // its report, stored with the model name and prompt version, decides whether the service uses the model
            admissionRun.run(questions, Optional.ofNullable(options.get("--out")).map(Path::of));
            return 0;
        }
        List<Check> checks = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(questions, StandardCharsets.UTF_8)) {
            for (String line; (line = reader.readLine()) != null;) {
                if (!line.isBlank()) {
                    checks.add(json.readValue(line, Check.class));
                }
            }
        }
        int covered = 0, answered = 0, uncovered = 0, declined = 0, withGuide = 0, guideCited = 0, citations = 0,
                resolving = 0;
        List<Long> latencies = new ArrayList<>();
        List<Map<String, Object>> failures = new ArrayList<>();
        for (Check check : checks) {
            long start = System.nanoTime();
            Answer answer = ask.ask(check.question(), Language.detect(check.question()), Optional.empty(),
                    AnswerStyle.STANDARD).answer();
            latencies.add((System.nanoTime() - start) / 1000);
            boolean expectAnswer = "answer".equals(check.expect());
            if (expectAnswer) {
                covered++;
                answered += answer.abstained() ? 0 : 1;
                if (check.guide() != null) {
                    withGuide++;
                    guideCited += answer.citations().stream().anyMatch(c -> c.sourceId().equals(check.guide())) ? 1 : 0;
                }
            } else {
                uncovered++;
                declined += answer.abstained() ? 1 : 0;
            }
            for (Citation c : answer.citations()) {
                citations++;
                resolving += resolves(c) ? 1 : 0;
            }
            if (expectAnswer == answer.abstained()) {
                failures.add(Map.of("id", check.id(), "expected", check.expect()));
            }
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("kind", "answer-evaluation");
        report.put("date", Instant.now().toString());
        report.put("questions", checks.size());
        report.put("knowledgeVersion", index.state().knowledgeVersion());
        report.put("answeredWhenCovered", ratio(answered, covered));
        report.put("abstainedWhenNotCovered", ratio(declined, uncovered));
        report.put("citationsResolve", ratio(resolving, citations));
        report.put("expectedGuideCited", ratio(guideCited, withGuide));
        report.put("latencyP50Ms", RetrievalMetrics.percentile(sorted, 50));
        report.put("latencyP95Ms", RetrievalMetrics.percentile(sorted, 95));
        report.put("failures", failures);
        Files.createDirectories(out.toAbsolutePath().getParent());
        json.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), report);
        System.out.printf("answered when covered %d/%d, declined when not covered %d/%d, citations resolving %d/%d, "
                + "expected guide cited %d/%d%nReport written to %s%n", answered, covered, declined, uncovered,
                resolving, citations, guideCited, withGuide, out);
        return 0;
    }

    /**
     * A citation resolves when the page its link opens ({@code /guides/{id}#{anchor}}) is an indexed source with a
     * section at that anchor. The link, not the source id, is what a reader follows: a computed fee answer cites an
     * article of the Measures and links to the guide section that explains it.
     */
    private boolean resolves(Citation citation) {
        String url = citation.url();
        int hash = url.indexOf('#');
        if (!url.startsWith(GuideLinks.source("")) || hash < 0) {
            return false;
        }
        String id = URLDecoder.decode(url.substring(GuideLinks.source("").length(), hash), StandardCharsets.UTF_8);
        String anchor = url.substring(hash + 1);
        return index.source(id)
                .map(s -> s.sections().stream().map(KnowledgeChunk::anchor).anyMatch(anchor::equals)).orElse(false);
    }

    private static Double ratio(int part, int whole) {
        return whole == 0 ? null : Math.round(10000.0 * part / whole) / 10000.0;
    }
}
