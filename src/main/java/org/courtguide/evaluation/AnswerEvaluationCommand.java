package org.courtguide.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;
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
import java.util.TreeMap;
import org.courtguide.InputFileException;
import org.courtguide.JsonLines;
import org.courtguide.Language;
import org.courtguide.ask.AnswerStyle;
import org.courtguide.ask.AskService;
import org.courtguide.ask.Citation;
import org.courtguide.guides.GuideLinks;
import org.courtguide.knowledge.KnowledgeIngestor;
import org.courtguide.retrieval.KnowledgeIndex;
import org.courtguide.source.KnowledgeChunk;
import org.courtguide.understanding.LabelledQuestion;

/**
 * {@code java -jar … eval-answers [--model] [--questions F] [--out R] [--details D] [--part tune|test]}: asks every question of the labelled set
 * ({@code docs/evaluation/questions.jsonl}) through the real answering path, in the standard and the accessible mode,
 * and reports, for the tuning part and the frozen test part side by side and by language: covered questions with an
 * expected section cited first and the expected fact present, false declines, must-decline questions declined (and
 * with the right reason, by reason), decide/predict questions that say the assistant cannot decide, and citations
 * that open their section. The top-level figures the disclosure page shows are the frozen test part's.
 * With {@code --model}: the configured model's admission run instead (see {@code grounding.AdmissionRun}).
 */
public class AnswerEvaluationCommand implements QuarkusApplication {

    @Inject
    KnowledgeIngestor ingestor;

    @Inject
    AskService ask;

    @Inject
    KnowledgeIndex index;

    @Inject
    ObjectMapper json;

    @Inject
    org.courtguide.ask.UnderstoodAnswerer understood;

    /** Answers are recorded as conversations: keep them apart from the app's own database and index. */
    public static void applyToConfig() {
        System.setProperty("court-guide.data-dir", "./data/eval/answers");
        System.setProperty("court-guide.knowledge.ingest-at-startup", "false");
        System.setProperty("quarkus.http.host-enabled", "false");
    }

    /** {@code --model}: the configured model's admission run instead (see {@code docs/generative-answers.md}). */
    @Inject
    org.courtguide.evaluation.ModelAdmissionRun admissionRun;

    @Override
    public int run(String... arguments) throws Exception {
        List<String> rest = new ArrayList<>(List.of(arguments));
        boolean model = rest.remove("--model");
        String[] args = rest.toArray(String[]::new);
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        Path questions = Path.of(options.getOrDefault("--questions", "docs/evaluation/questions.jsonl"));
        Path out = Path.of(options.getOrDefault("--out", "docs/reports/eval-answers.json"));
        ingestor.ingest();
        if (model) {
            // its report, stored with the model name and prompt version, decides whether the service uses the model
            admissionRun.run(
                    questions, Optional.ofNullable(options.get("--out")).map(Path::of));
            return 0;
        }
        // "--part tune" while settings are being chosen: the frozen test part is then not even asked
        List<LabelledQuestion> all;
        try {
            all = readQuestions(json, questions);
        } catch (InputFileException e) {
            return e.exit("eval-answers");
        }
        List<LabelledQuestion> set = all.stream()
                .filter(q ->
                        !options.containsKey("--part") || options.get("--part").equals(q.split()))
                .toList();
        Map<String, Tally> tallies = new TreeMap<>();
        List<Long> latencies = new ArrayList<>();
        List<Map<String, Object>> details = new ArrayList<>();
        for (LabelledQuestion q : set) {
            for (AnswerStyle style : List.of(AnswerStyle.STANDARD, AnswerStyle.PLAIN)) {
                long start = System.nanoTime();
                AskService.Outcome outcome =
                        ask.ask(q.question(), Language.parse(q.language()).orElseThrow(), Optional.empty(), style);
                if (style == AnswerStyle.STANDARD) {
                    latencies.add((System.nanoTime() - start) / 1000);
                }
                AnswerScore score = AnswerScore.of(q, outcome.answer(), outcome.route());
                int resolving = 0;
                for (Citation c : outcome.answer().citations()) {
                    resolving += resolves(c) ? 1 : 0;
                }
                String mode = style == AnswerStyle.STANDARD ? "standard" : "accessible";
                for (String language : List.of("all", q.language())) {
                    tallies.computeIfAbsent(q.split() + "/" + language + "/" + mode, k -> new Tally())
                            .add(
                                    q,
                                    score,
                                    outcome.route(),
                                    outcome.answer().citations().size(),
                                    resolving);
                }
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("id", q.id());
                detail.put("mode", mode);
                detail.put("route", outcome.route());
                detail.put("right", score.right());
                detail.put("declined", score.declined());
                detail.put("rightReason", score.rightReason());
                detail.put(
                        "cited",
                        outcome.answer().citations().stream()
                                .map(AnswerScore::sectionOf)
                                .toList());
                details.add(detail);
            }
        }
        // the same questions again, standard mode, with and without the understanding step, alternating
        List<Long> with = new ArrayList<>();
        List<Long> without = new ArrayList<>();
        for (LabelledQuestion q : set) {
            for (boolean on : List.of(false, true)) {
                understood.enabled(on);
                long start = System.nanoTime();
                ask.ask(
                        q.question(),
                        Language.parse(q.language()).orElseThrow(),
                        Optional.empty(),
                        AnswerStyle.STANDARD);
                (on ? with : without).add((System.nanoTime() - start) / 1000);
            }
        }
        understood.enabled(true);
        long[] withSorted = with.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] withoutSorted =
                without.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("kind", "answer-evaluation");
        report.put("date", Instant.now().toString());
        report.put("questionSet", questions.toString());
        Tally frozen = tallies.getOrDefault("test/all/standard", new Tally());
        // the disclosure page reads these: the frozen test part, standard mode
        report.put("questions", frozen.questions);
        report.put("answeredWhenCovered", ratio(frozen.coveredRight, frozen.covered));
        report.put("abstainedWhenNotCovered", ratio(frozen.rightReason, frozen.mustDecline));
        report.put("citationsResolve", ratio(frozen.resolving, frozen.citations));
        report.put("expectedGuideCited", ratio(frozen.coveredRight, frozen.covered));
        report.put("knowledgeVersion", index.state().knowledgeVersion());
        report.put("latencyP50Ms", RetrievalMetrics.percentile(sorted, 50));
        report.put("latencyP95Ms", RetrievalMetrics.percentile(sorted, 95));
        report.put(
                "sideBySideP50Ms",
                Map.of(
                        "withUnderstanding",
                        RetrievalMetrics.percentile(withSorted, 50),
                        "withoutUnderstanding",
                        RetrievalMetrics.percentile(withoutSorted, 50)));
        report.put(
                "sideBySideP95Ms",
                Map.of(
                        "withUnderstanding",
                        RetrievalMetrics.percentile(withSorted, 95),
                        "withoutUnderstanding",
                        RetrievalMetrics.percentile(withoutSorted, 95)));
        Map<String, Object> groups = new LinkedHashMap<>();
        tallies.forEach((k, t) -> groups.put(k, t.figures()));
        report.put("groups", groups);
        Files.createDirectories(out.toAbsolutePath().getParent());
        json.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), report);
        if (options.containsKey("--details")) {
            try (var writer = Files.newBufferedWriter(Path.of(options.get("--details")), StandardCharsets.UTF_8)) {
                for (Map<String, Object> d : details) {
                    writer.write(json.writeValueAsString(d));
                    writer.newLine();
                }
            }
        }
        System.out.println(table(tallies));
        System.out.printf(
                "p95 side by side: with the understanding step %.1f ms, without %.1f ms%n",
                RetrievalMetrics.percentile(withSorted, 95), RetrievalMetrics.percentile(withoutSorted, 95));
        System.out.printf("Report written to %s%n", out);
        return 0;
    }

    /** The labelled questions; a line that is not one (bad JSON, no question, an unknown language) names the file and line. */
    static List<LabelledQuestion> readQuestions(ObjectMapper json, Path file) {
        List<LabelledQuestion> set = JsonLines.read(json, file, LabelledQuestion.class, 0);
        for (int i = 0; i < set.size(); i++) {
            LabelledQuestion q = set.get(i);
            if (q.question() == null || q.question().isBlank()) {
                throw new InputFileException(file + ": question " + (i + 1) + " has no \"question\" text.");
            }
            if (Language.parse(q.language()).isEmpty()) {
                throw new InputFileException(file + ": question " + (i + 1) + " has \"language\": " + q.language()
                        + ", which is neither \"zh\" nor \"en\".");
            }
        }
        return set;
    }

    /** Counts for one group (part × language × mode). */
    static final class Tally {
        int questions,
                covered,
                coveredRight,
                procedural,
                proceduralRight,
                rights,
                rightsRight,
                falseDeclines,
                mustDecline,
                declined,
                rightReason,
                predict,
                predictCannot,
                citations,
                resolving;
        final Map<String, int[]> byReason = new TreeMap<>();

        void add(LabelledQuestion q, AnswerScore score, String route, int cited, int resolved) {
            questions++;
            citations += cited;
            resolving += resolved;
            if (q.mustDecline()) {
                mustDecline++;
                declined += score.declined() ? 1 : 0;
                rightReason += score.rightReason() ? 1 : 0;
                int[] reason = byReason.computeIfAbsent(q.scope(), k -> new int[2]);
                reason[0]++;
                reason[1] += score.rightReason() ? 1 : 0;
                if (q.scope().equals("decide-or-predict")) {
                    predict++;
                    predictCannot += "prediction".equals(route) ? 1 : 0;
                }
                return;
            }
            covered++;
            coveredRight += score.right() ? 1 : 0;
            falseDeclines += score.declined() ? 1 : 0;
            if (q.scope().equals("procedural")) {
                procedural++;
                proceduralRight += score.right() ? 1 : 0;
            } else {
                rights++;
                rightsRight += score.right() ? 1 : 0;
            }
        }

        Map<String, Object> figures() {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("questions", questions);
            f.put("coveredRight", fraction(coveredRight, covered));
            f.put("proceduralRight", fraction(proceduralRight, procedural));
            f.put("rightsRight", fraction(rightsRight, rights));
            f.put("falseDeclines", fraction(falseDeclines, covered));
            f.put("mustDeclineDeclined", fraction(declined, mustDecline));
            f.put("mustDeclineRightReason", fraction(rightReason, mustDecline));
            Map<String, Object> reasons = new LinkedHashMap<>();
            byReason.forEach((k, v) -> reasons.put(k, fraction(v[1], v[0])));
            f.put("rightReasonByScope", reasons);
            f.put("predictSaysCannot", fraction(predictCannot, predict));
            f.put("citationsResolve", fraction(resolving, citations));
            return f;
        }
    }

    static String table(Map<String, Tally> tallies) {
        StringBuilder s = new StringBuilder(String.format(
                "%-22s %8s %10s %10s %9s %10s %10s %10s %10s%n",
                "part/lang/mode",
                "n",
                "covered",
                "procedural",
                "rights",
                "false-decl",
                "declined",
                "reason",
                "cannot"));
        tallies.forEach((k, t) -> s.append(String.format(
                "%-22s %8d %10s %10s %9s %10s %10s %10s %10s%n",
                k,
                t.questions,
                t.coveredRight + "/" + t.covered,
                t.proceduralRight + "/" + t.procedural,
                t.rightsRight + "/" + t.rights,
                t.falseDeclines + "/" + t.covered,
                t.declined + "/" + t.mustDecline,
                t.rightReason + "/" + t.mustDecline,
                t.predictCannot + "/" + t.predict)));
        return s.toString();
    }

    private static String fraction(int part, int whole) {
        return whole == 0
                ? "-"
                : part + "/" + whole + String.format(java.util.Locale.ROOT, " (%.1f %%)", 100.0 * part / whole);
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
                .map(s -> s.sections().stream().map(KnowledgeChunk::anchor).anyMatch(anchor::equals))
                .orElse(false);
    }

    private static Double ratio(int part, int whole) {
        return whole == 0 ? null : Math.round(10000.0 * part / whole) / 10000.0;
    }
}
