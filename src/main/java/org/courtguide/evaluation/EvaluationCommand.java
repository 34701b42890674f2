package org.courtguide.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.courtguide.CommandOptions;
import org.courtguide.InputFileException;
import org.courtguide.knowledge.IngestProgress;
import org.courtguide.knowledge.KnowledgeIngestor;
import org.courtguide.knowledge.StatuteReader;
import org.courtguide.retrieval.HybridRetriever;
import org.courtguide.retrieval.HybridRetriever.Mode;
import org.courtguide.retrieval.KnowledgeIndex;
import org.courtguide.retrieval.Passage;
import org.courtguide.retrieval.RetrievalConfig;
import org.courtguide.retrieval.RetrievalResult;
import org.courtguide.retrieval.SearchFilter;
import org.courtguide.source.KnowledgeChunk;
import org.jboss.logging.Logger;

/**
 * {@code java -jar target/quarkus-app/quarkus-run.jar eval --corpus C --questions Q [--out R] [--no-baseline]}:
 * indexes the corpus (reusing an earlier index of it), runs every question through BM25 only, dense only, the full
 * hybrid pipeline and the naive easy-RAG baseline, prints the metrics side by side and writes them as JSON.
 */
public class EvaluationCommand implements QuarkusApplication {

    private static final Logger LOG = Logger.getLogger(EvaluationCommand.class);
    /** Chunks fetched per question: long articles are split, so more chunks than the 100 distinct ids needed. */
    private static final int CHUNKS_PER_QUESTION = 150;

    private static final int DOCS_PER_QUESTION = 100;

    /** Command-line options. */
    public record Options(Path corpus, Path questions, Path out, boolean baseline, int limit, Optional<Path> details) {

        static final String USAGE =
                "usage: eval --corpus FILE --questions FILE [--out FILE] [--limit N] [--details FILE]"
                        + " [--no-baseline]";

        public static Options parse(String[] args) {
            CommandOptions options = CommandOptions.parse(
                    args,
                    Set.of("--corpus", "--questions", "--out", "--limit", "--details"),
                    Set.of("--no-baseline"),
                    Set.of("--corpus", "--questions"),
                    USAGE);
            Path corpus = Path.of(options.required("--corpus"));
            String name = corpus.getFileName().toString().replace(".jsonl", "").replace(".gz", "");
            Path out = Path.of(options.value("--out").orElse("docs/reports/eval-" + name + ".json"));
            return new Options(
                    corpus,
                    Path.of(options.required("--questions")),
                    out,
                    !options.flag("--no-baseline"),
                    options.wholeNumber("--limit", 0),
                    options.value("--details").map(Path::of));
        }

        /** The corpus gets an index of its own beside the app's, ingested in the foreground; no HTTP port is opened. */
        public void applyToConfig() {
            String folder = corpus.toAbsolutePath().normalize().toString().replaceAll("[^A-Za-z0-9]+", "_");
            System.setProperty("court-guide.knowledge.paths", corpus.toString());
            System.setProperty("court-guide.data-dir", "./data/eval/" + folder);
            System.setProperty("court-guide.knowledge.ingest-at-startup", "false");
            System.setProperty("quarkus.http.host-enabled", "false");
        }
    }

    @Inject
    KnowledgeIngestor ingestor;

    @Inject
    IngestProgress progress;

    @Inject
    KnowledgeIndex index;

    @Inject
    HybridRetriever retriever;

    @Inject
    RetrievalConfig retrievalConfig;

    @Inject
    StatuteReader statutes;

    @Inject
    ObjectMapper json;

    @Override
    public int run(String... args) throws Exception {
        Options options = Options.parse(java.util.Arrays.copyOfRange(args, 1, args.length));
        List<EvalQuestion> questions;
        try {
            // before the ingest, which may take minutes: bad input stops the run at once
            questions = EvalQuestion.read(json, options.questions(), options.limit());
        } catch (InputFileException e) {
            return e.exit("eval");
        }
        long ingestStart = System.nanoTime();
        ingestor.ingest();
        double ingestSeconds = (System.nanoTime() - ingestStart) / 1e9;
        LOG.infof("Evaluating %d questions against %d indexed chunks", questions.size(), index.size());

        Map<String, RetrievalMetrics> pipelines = new LinkedHashMap<>();
        pipelines.put("bm25", new RetrievalMetrics());
        pipelines.put("dense", new RetrievalMetrics());
        pipelines.put("hybrid", new RetrievalMetrics());
        SearchFilter filter = SearchFilter.any();
        // one untimed pass warms the JIT and the ONNX session so the first questions do not skew latency
        for (EvalQuestion q : questions.subList(0, Math.min(20, questions.size()))) {
            retriever.retrieve(q.question(), filter, CHUNKS_PER_QUESTION, Mode.HYBRID);
        }
        List<Map<String, Object>> details = new ArrayList<>();
        for (EvalQuestion q : questions) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("id", q.id());
            detail.put("gold", q.goldIds());
            for (Mode mode : Mode.values()) {
                RetrievalResult result = retriever.retrieve(q.question(), filter, CHUNKS_PER_QUESTION, mode);
                List<String> ranked = docIds(result.passages());
                pipelines.get(key(mode)).add(ranked, q.goldIds(), result.tookMicros());
                detail.put(key(mode) + "FirstGoldRank", firstGoldRank(ranked, q.goldIds()));
                if (mode == Mode.HYBRID) {
                    detail.put("hybridTop", ranked);
                    detail.put("hybridScores", firstScores(result.passages(), ranked));
                }
            }
            details.add(detail);
        }
        if (options.details().isPresent()) {
            writeDetails(options.details().get(), details);
        }
        Map<String, Object> baselineIngest = Map.of();
        if (options.baseline()) {
            NaiveBaseline naive = new NaiveBaseline();
            long start = System.nanoTime();
            List<KnowledgeChunk> batch = new ArrayList<>();
            statutes.read(options.corpus(), source -> {
                batch.addAll(source.chunks());
                if (batch.size() >= 256) {
                    naive.add(List.copyOf(batch));
                    batch.clear();
                }
            });
            naive.add(batch);
            double seconds = (System.nanoTime() - start) / 1e9;
            baselineIngest = Map.of(
                    "seconds",
                    round(seconds),
                    "chunks",
                    naive.embedded(),
                    "chunksPerSecond",
                    round(naive.embedded() / seconds));
            RetrievalMetrics metrics = new RetrievalMetrics();
            for (EvalQuestion q : questions) {
                long t = System.nanoTime();
                List<String> ids = naive.retrieve(q.question());
                metrics.add(RetrievalMetrics.distinct(ids), q.goldIds(), (System.nanoTime() - t) / 1000);
            }
            pipelines.put("naive-easy-rag", metrics);
        }
        Map<String, Object> report = report(options, questions.size(), ingestSeconds, baselineIngest, pipelines);
        Files.createDirectories(options.out().toAbsolutePath().getParent());
        json.copy()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(options.out().toFile(), report);
        System.out.println(table(pipelines));
        System.out.println("Report written to " + options.out());
        return 0;
    }

    private static String key(Mode mode) {
        return switch (mode) {
            case LEXICAL -> "bm25";
            case DENSE -> "dense";
            case HYBRID -> "hybrid";
        };
    }

    /** 1-based rank of the first gold article among the distinct articles returned, or null when none is there. */
    static Integer firstGoldRank(List<String> rankedDocIds, List<String> gold) {
        for (int i = 0; i < rankedDocIds.size(); i++) {
            if (gold.contains(rankedDocIds.get(i))) {
                return i + 1;
            }
        }
        return null;
    }

    /** The score of each article's first (best) passage, in the order of {@code docIds}. */
    private static List<Double> firstScores(List<Passage> passages, List<String> docIds) {
        Map<String, Double> first = new LinkedHashMap<>();
        passages.forEach(p -> first.putIfAbsent(p.chunk().sourceId(), Math.round(p.score() * 1e5) / 1e5));
        return docIds.stream().map(first::get).toList();
    }

    /** One JSON line per question, so an engineer can see which questions each pipeline misses and what it returned. */
    private void writeDetails(Path file, List<Map<String, Object>> details) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (var writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Map<String, Object> detail : details) {
                writer.write(json.writeValueAsString(detail));
                writer.newLine();
            }
        }
        System.out.println("Per-question ranks written to " + file);
    }

    private static List<String> docIds(List<Passage> passages) {
        List<String> ids = RetrievalMetrics.distinct(
                passages.stream().map(p -> p.chunk().sourceId()).toList());
        return ids.size() > DOCS_PER_QUESTION ? ids.subList(0, DOCS_PER_QUESTION) : ids;
    }

    private Map<String, Object> report(
            Options options,
            int questionCount,
            double ingestSeconds,
            Map<String, Object> baselineIngest,
            Map<String, RetrievalMetrics> pipelines) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("kind", "retrieval-evaluation");
        report.put("date", Instant.now().toString());
        report.put(
                "machine",
                Map.of(
                        "cores",
                        Runtime.getRuntime().availableProcessors(),
                        "maxHeapMb",
                        Runtime.getRuntime().maxMemory() / (1024 * 1024),
                        "java",
                        System.getProperty("java.version"),
                        "os",
                        System.getProperty("os.name") + " " + System.getProperty("os.arch")));
        report.put("corpus", Map.of("path", options.corpus().toString(), "chunks", index.size()));
        report.put("questions", Map.of("path", options.questions().toString(), "count", questionCount));
        report.put("knowledgeVersion", index.state().knowledgeVersion());
        report.put(
                "ingest",
                Map.of(
                        "seconds",
                        round(ingestSeconds),
                        "chunksEmbedded",
                        progress.embedded(),
                        "chunksPerSecond",
                        round(progress.embedded() / Math.max(ingestSeconds, 1e-3))));
        report.put(
                "retrieval",
                Map.of(
                        "candidates",
                        retrievalConfig.candidates(),
                        "rrfK",
                        retrievalConfig.rrfK(),
                        "lexicalWeight",
                        retrievalConfig.lexicalWeight(),
                        "denseWeight",
                        retrievalConfig.denseWeight(),
                        "fusion",
                        retrievalConfig.fusion(),
                        "localWeight",
                        retrievalConfig.localWeight(),
                        "lawEvidenceWeight",
                        retrievalConfig.lawEvidenceWeight(),
                        "candidatesPerResult",
                        retrievalConfig.candidatesPerResult(),
                        "bm25",
                        Map.of("k1", retrievalConfig.bm25K1(), "b", retrievalConfig.bm25B()),
                        "characterPairs",
                        Map.of(
                                "boost",
                                retrievalConfig.characterPairBoost(),
                                "maxShare",
                                retrievalConfig.characterPairMaxShare())));
        if (!baselineIngest.isEmpty()) {
            report.put("baselineIngest", baselineIngest);
        }
        Map<String, Object> results = new LinkedHashMap<>();
        pipelines.forEach((name, metrics) -> results.put(name, metrics.summary()));
        report.put("pipelines", results);
        return report;
    }

    static String table(Map<String, RetrievalMetrics> pipelines) {
        StringBuilder out = new StringBuilder(String.format(
                "%-16s %8s %8s %8s %8s %8s %8s %9s %9s%n",
                "pipeline", "R@1", "R@5", "R@10", "R@100", "MRR@10", "nDCG@10", "p50 ms", "p95 ms"));
        pipelines.forEach((name, metrics) -> {
            RetrievalMetrics.Summary s = metrics.summary();
            out.append(String.format(
                    "%-16s %8.4f %8.4f %8.4f %8.4f %8.4f %8.4f %9.1f %9.1f%n",
                    name,
                    s.recall().get("recall@1"),
                    s.recall().get("recall@5"),
                    s.recall().get("recall@10"),
                    s.recall().get("recall@100"),
                    s.mrrAt10(),
                    s.ndcgAt10(),
                    s.latencyP50Ms(),
                    s.latencyP95Ms()));
        });
        return out.toString();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
