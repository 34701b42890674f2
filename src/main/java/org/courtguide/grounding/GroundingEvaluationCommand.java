package org.courtguide.grounding;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.courtguide.CommandOptions;
import org.courtguide.Language;
import org.courtguide.knowledge.KnowledgeIngestor;
import org.courtguide.retrieval.KnowledgeIndex;
import org.courtguide.source.KnowledgeChunk;

/**
 * {@code java -jar … eval-grounding [--pairs P] [--out R] [--seed S] [--runs N]}: chooses the support thresholds and
 * measures the check's cost.
 * <ol>
 * <li>Reads the labelled sentence/passage pairs (written before any threshold was chosen), splits them in two with a
 * fixed seed (stratified by language and label), and on the tuning part only picks, per language, the thresholds
 * that catch the most unsupported sentences while rejecting at most {@value #MAX_TUNING_FALSE_REJECTIONS} of the
 * supported ones even with their scores {@value #SAFETY_MARGIN} lower, then the ones that need the embedding model
 * least, then the widest margin. Both parts' figures are reported.</li>
 * <li>Times the whole check (every check, with the configured thresholds) on answers made of the supported
 * sentences, three to an answer, each citing its own passage: mean and p95 per answer after a warm-up.</li>
 * </ol>
 */
public class GroundingEvaluationCommand implements QuarkusApplication {

    static final double MAX_TUNING_FALSE_REJECTIONS = 0.05;
    /**
     * A supported tuning pair counts as passed only if it would still pass with both its scores this much lower: the
     * thresholds must not sit on the last good pair of a small set (a paraphrase scoring a little lower would fail).
     */
    static final double SAFETY_MARGIN = 0.05;

    static final String USAGE = "usage: eval-grounding [--pairs docs/evaluation/grounding-pairs.jsonl] "
            + "[--out docs/reports/eval-grounding.json] [--seed 25] [--runs 200]";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Pair(String id, String lang, String source, String section, String sentence, String label) {

        boolean good() {
            return "good".equals(label);
        }
    }

    /** A pair with its passage and both scores. */
    record Scored(Pair pair, KnowledgeChunk chunk, double overlap, double similarity) {}

    @Inject
    KnowledgeIngestor ingestor;

    @Inject
    KnowledgeIndex index;

    @Inject
    SupportScorer scorer;

    @Inject
    GroundingChecker checker;

    @Inject
    GroundingConfig config;

    @Inject
    ObjectMapper json;

    public static void applyToConfig() {
        System.setProperty("court-guide.data-dir", "./data/eval/grounding");
        System.setProperty("court-guide.knowledge.ingest-at-startup", "false");
        System.setProperty("quarkus.http.host-enabled", "false");
    }

    @Override
    public int run(String... args) throws Exception {
        CommandOptions options = CommandOptions.parse(
                Arrays.copyOfRange(args, 1, args.length),
                Set.of("--pairs", "--out", "--seed", "--runs"),
                Set.of(),
                Set.of(),
                USAGE);
        Path pairsFile = Path.of(options.value("--pairs").orElse("docs/evaluation/grounding-pairs.jsonl"));
        Path out = Path.of(options.value("--out").orElse("docs/reports/eval-grounding.json"));
        long seed = options.wholeNumber("--seed", 25);
        int runs = options.wholeNumber("--runs", 200);
        ingestor.ingest();

        List<Scored> scored = new ArrayList<>();
        for (Pair pair : read(pairsFile)) {
            KnowledgeChunk chunk = index.source(pair.source())
                    .flatMap(s -> s.sections().stream()
                            .filter(c -> c.section() != null && c.section().endsWith(pair.section()))
                            .findFirst())
                    .orElseThrow(() -> new IllegalArgumentException(
                            "pair " + pair.id() + ": no section " + pair.section() + " in " + pair.source()));
            scored.add(new Scored(
                    pair,
                    chunk,
                    SupportScorer.overlap(pair.sentence(), List.of(chunk)),
                    scorer.similarity(pair.sentence(), List.of(chunk))));
        }
        Map<Boolean, List<Scored>> split = split(scored, seed);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("kind", "grounding-evaluation");
        report.put("date", Instant.now().toString());
        report.put("pairs", pairsFile.toString());
        report.put("seed", seed);
        report.put("maxTuningFalseRejections", MAX_TUNING_FALSE_REJECTIONS);
        report.put("safetyMargin", SAFETY_MARGIN);
        Map<String, Object> languages = new LinkedHashMap<>();
        for (String lang : List.of("zh", "en")) {
            List<Scored> tuning = split.get(true).stream()
                    .filter(s -> s.pair().lang().equals(lang))
                    .toList();
            List<Scored> test = split.get(false).stream()
                    .filter(s -> s.pair().lang().equals(lang))
                    .toList();
            double[] chosen = tune(tuning);
            GroundingConfig.SupportThresholds configured =
                    config.support(Language.parse(lang).orElseThrow());
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("chosen", thresholds(chosen));
            figures.put("tuning", figures(tuning, chosen));
            figures.put("test", figures(test, chosen));
            figures.put("configured", thresholds(new double[] {
                configured.acceptOverlap(), configured.rejectOverlap(), configured.minSimilarity()
            }));
            double[] c = {configured.acceptOverlap(), configured.rejectOverlap(), configured.minSimilarity()};
            figures.put("configuredTuning", figures(tuning, c));
            figures.put("configuredTest", figures(test, c));
            figures.put("scores", scoresOf(tuning, test));
            languages.put(lang, figures);
        }
        report.put("support", languages);
        report.put("cost", cost(scored, runs));
        Files.createDirectories(out.toAbsolutePath().getParent());
        json.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), report);
        System.out.println(json.copy()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(Map.of("support", languages, "cost", report.get("cost")))
                .replaceAll("(?s)\"scores\" : \\[.*?\\]", ""));
        System.out.printf("Report written to %s%n", out);
        return 0;
    }

    private List<Pair> read(Path file) throws java.io.IOException {
        List<Pair> pairs = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank()) {
                    pairs.add(json.readValue(line, Pair.class));
                }
            }
        }
        return pairs;
    }

    /** true → tuning part, false → test part; half of each language and label, shuffled with {@code seed}. */
    static Map<Boolean, List<Scored>> split(List<Scored> scored, long seed) {
        Map<String, List<Scored>> strata = scored.stream()
                .sorted(Comparator.comparing(s -> s.pair().id()))
                .collect(Collectors.groupingBy(
                        s -> s.pair().lang() + "/" + s.pair().label(), LinkedHashMap::new, Collectors.toList()));
        Random random = new Random(seed);
        Map<Boolean, List<Scored>> parts = new LinkedHashMap<>();
        parts.put(true, new ArrayList<>());
        parts.put(false, new ArrayList<>());
        for (String stratum : strata.keySet().stream().sorted().toList()) {
            List<Scored> members = new ArrayList<>(strata.get(stratum));
            Collections.shuffle(members, random);
            int half = (members.size() + 1) / 2;
            parts.get(true).addAll(members.subList(0, half));
            parts.get(false).addAll(members.subList(half, members.size()));
        }
        return parts;
    }

    /**
     * {accept overlap, reject overlap, min similarity}: the most unsupported sentences caught within the
     * false-rejection bound; then the fewest embeddings (cost); then the widest margin, so the thresholds sit between
     * the tuning pairs rather than on the last one of them.
     */
    static double[] tune(List<Scored> tuning) {
        double[] best = null;
        double bestCaught = -1;
        double bestEmbedded = 2;
        double bestMargin = -1;
        long good = tuning.stream().filter(s -> s.pair().good()).count();
        for (int a = 10; a <= 101; a++) {
            for (int r = 0; r <= a; r++) {
                for (int m = 40; m <= 95; m++) {
                    double[] t = {a / 100.0, r / 100.0, m / 100.0};
                    long rejected = tuning.stream()
                            .filter(s -> s.pair().good() && !supported(lower(s), t))
                            .count();
                    if (rejected > MAX_TUNING_FALSE_REJECTIONS * good) {
                        continue;
                    }
                    double caught = tuning.stream()
                            .filter(s -> !s.pair().good() && !supported(s, t))
                            .count();
                    double embedded =
                            tuning.stream().filter(s -> needsEmbedding(s, t)).count() / (double) tuning.size();
                    if (caught < bestCaught || caught == bestCaught && embedded > bestEmbedded) {
                        continue;
                    }
                    double margin = margin(tuning, t);
                    if (caught > bestCaught || embedded < bestEmbedded || margin > bestMargin) {
                        best = t;
                        bestCaught = caught;
                        bestEmbedded = embedded;
                        bestMargin = margin;
                    }
                }
            }
        }
        return best;
    }

    /** How far the correctly decided tuning pairs lie from the threshold that decided them (the smallest distance). */
    static double margin(List<Scored> tuning, double[] t) {
        double margin = Double.MAX_VALUE;
        for (Scored s : tuning) {
            if (s.pair().good() != supported(s, t)) {
                continue;
            }
            double d = s.overlap() >= t[0]
                    ? s.overlap() - t[0]
                    : s.overlap() < t[1]
                            ? t[1] - s.overlap()
                            : Math.min(
                                    Math.abs(s.similarity() - t[2]), Math.min(s.overlap() - t[1], t[0] - s.overlap()));
            margin = Math.min(margin, d);
        }
        return margin;
    }

    private static Scored lower(Scored s) {
        return new Scored(s.pair(), s.chunk(), s.overlap() - SAFETY_MARGIN, s.similarity() - SAFETY_MARGIN);
    }

    static boolean needsEmbedding(Scored s, double[] t) {
        return s.overlap() < t[0] && s.overlap() >= t[1];
    }

    static boolean supported(Scored s, double[] t) {
        if (s.overlap() >= t[0]) {
            return true;
        }
        if (s.overlap() < t[1]) {
            return false;
        }
        return s.similarity() >= t[2];
    }

    private static Map<String, Object> figures(List<Scored> part, double[] t) {
        long good = part.stream().filter(s -> s.pair().good()).count();
        long bad = part.size() - good;
        long goodPassed =
                part.stream().filter(s -> s.pair().good() && supported(s, t)).count();
        long badCaught =
                part.stream().filter(s -> !s.pair().good() && !supported(s, t)).count();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("pairs", part.size());
        f.put("goodPassed", goodPassed + "/" + good);
        f.put("badCaught", badCaught + "/" + bad);
        f.put(
                "embeddingShare",
                round(part.stream().filter(s -> needsEmbedding(s, t)).count() / (double) part.size()));
        f.put(
                "missed",
                part.stream()
                        .filter(s -> s.pair().good() != supported(s, t))
                        .map(s -> s.pair().id())
                        .toList());
        return f;
    }

    private static Map<String, Object> thresholds(double[] t) {
        if (t == null) {
            return Map.of();
        }
        return Map.of("acceptOverlap", t[0], "rejectOverlap", t[1], "minSimilarity", t[2]);
    }

    private static List<String> scoresOf(List<Scored> tuning, List<Scored> test) {
        List<String> lines = new ArrayList<>();
        for (List<Scored> part : List.of(tuning, test)) {
            for (Scored s : part) {
                lines.add(String.format(
                        java.util.Locale.ROOT,
                        "%s %s %s overlap=%.3f similarity=%.3f",
                        s.pair().id(),
                        part == tuning ? "tuning" : "test",
                        s.pair().label(),
                        s.overlap(),
                        s.similarity()));
            }
        }
        return lines;
    }

    /** The whole check on answers of three supported sentences each, with the configured thresholds. */
    private Map<String, Object> cost(List<Scored> scored, int runs) {
        List<String> texts = new ArrayList<>();
        List<List<KnowledgeChunk>> cited = new ArrayList<>();
        List<Language> languages = new ArrayList<>();
        for (String lang : List.of("zh", "en")) {
            List<Scored> good = scored.stream()
                    .filter(s -> s.pair().good() && s.pair().lang().equals(lang))
                    .toList();
            for (int i = 0; i + 3 <= good.size(); i += 3) {
                StringBuilder text = new StringBuilder();
                List<KnowledgeChunk> chunks = new ArrayList<>();
                for (int j = 0; j < 3; j++) {
                    Scored s = good.get(i + j);
                    chunks.add(s.chunk());
                    String sentence = s.pair().sentence();
                    int end = sentence.length() - 1;
                    text.append(sentence, 0, end)
                            .append('[')
                            .append(j + 1)
                            .append(']')
                            .append(sentence.charAt(end))
                            .append(lang.equals("en") ? " " : "");
                }
                texts.add(text.toString().strip());
                cited.add(chunks);
                languages.add(Language.parse(lang).orElseThrow());
            }
        }
        for (int i = 0; i < 20; i++) {
            for (int a = 0; a < texts.size(); a++) {
                checker.check(texts.get(a), cited.get(a), languages.get(a));
            }
        }
        List<Long> micros = new ArrayList<>();
        int shown = 0;
        int embedded = 0;
        int sentences = 0;
        for (int r = 0; r < runs; r++) {
            for (int a = 0; a < texts.size(); a++) {
                long start = System.nanoTime();
                GroundingVerdict verdict = checker.check(texts.get(a), cited.get(a), languages.get(a));
                micros.add((System.nanoTime() - start) / 1000);
                if (r == 0) {
                    shown += verdict.outcome() == GroundingVerdict.Outcome.PASSED ? 1 : 0;
                    embedded += verdict.embedded();
                    sentences += verdict.sentences();
                }
            }
        }
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("answers", texts.size());
        cost.put("sentencesPerAnswer", 3);
        cost.put("timedChecks", sorted.length);
        cost.put("meanMs", round(Arrays.stream(sorted).average().orElse(0) / 1000));
        cost.put("p50Ms", round(sorted[sorted.length / 2] / 1000.0));
        cost.put(
                "p95Ms",
                round(sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] / 1000.0));
        cost.put("passedUnchanged", shown + "/" + texts.size());
        cost.put("sentencesEmbedded", embedded + "/" + sentences);
        cost.put("cores", Runtime.getRuntime().availableProcessors());
        return cost;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
