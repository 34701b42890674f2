package org.courtguide.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.courtguide.InputFileException;
import org.courtguide.evaluation.EvalQuestion;
import org.courtguide.knowledge.IngestProgress;
import org.courtguide.knowledge.KnowledgeIngestor;
import org.courtguide.knowledge.StatuteReader;
import org.courtguide.retrieval.KnowledgeIndex;
import org.courtguide.source.KnowledgeChunk;
import org.jboss.logging.Logger;

/**
 * {@code java -jar target/quarkus-app/quarkus-run.jar bench --corpus C --questions Q …} (options:
 * {@link BenchmarkOptions#USAGE}): opens or builds the corpus's index, serves the app on loopback, measures it with
 * {@link Benchmark} and writes the figures as JSON beside the eval reports.
 */
public class BenchmarkCommand implements QuarkusApplication {

    private static final Logger LOG = Logger.getLogger(BenchmarkCommand.class);
    private static final long SAMPLE_SEED = 42;

    @Inject
    KnowledgeIngestor ingestor;

    @Inject
    IngestProgress progress;

    @Inject
    KnowledgeIndex index;

    @Inject
    StatuteReader statutes;

    @Inject
    Benchmark benchmark;

    @Inject
    ObjectMapper json;

    @Override
    public int run(String... args) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.parse(java.util.Arrays.copyOfRange(args, 1, args.length));
        List<String> questions;
        try {
            // before the ingest, which may take minutes: bad input stops the run at once
            questions = readQuestions(options.questions(), options.limit());
        } catch (InputFileException e) {
            return e.exit("bench");
        }
        double loadAtStart = Benchmark.loadAverage();
        long start = System.nanoTime();
        ingestor.ingest();
        double ingestSeconds = (System.nanoTime() - start) / 1e9;
        long heapUsed = Benchmark.heapUsedAfterGc();
        List<KnowledgeChunk> passages = sample(options.corpus(), options.passages());
        LOG.infof(
                "Benchmark: %d questions, %d indexed chunks, %d sample passages",
                questions.size(), index.size(), passages.size());

        Benchmark.Plan plan = new Benchmark.Plan(
                URI.create("http://127.0.0.1:" + options.port() + "/"),
                questions,
                passages,
                options.clients(),
                Duration.ofSeconds(options.seconds()),
                Duration.ofSeconds(options.warmUpSeconds()),
                options.concurrentAsk(),
                options.baseline(),
                corpus(options.corpus()));
        Map<String, Object> body = benchmark.run(plan);

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("kind", "scale-benchmark");
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
                        System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                        "loadAverage1mAtStart",
                        loadAtStart));
        report.put("corpus", Map.of("path", options.corpus().toString(), "chunks", index.size()));
        report.put("questions", Map.of("path", options.questions().toString(), "count", questions.size()));
        report.put("clients", options.clients());
        report.put("secondsPerConcurrentRun", options.seconds());
        report.putAll(body);
        @SuppressWarnings("unchecked")
        Map<String, Object> rawBatch =
                (Map<String, Object>) ((Map<String, Object>) body.get("raw")).get("batchEmbedding");
        report.put("ingest", ingest(options, ingestSeconds, heapUsed, (Double) rawBatch.get("passagesPerSecond")));
        report.put("restart", restart());
        report.put(
                "targets",
                Map.of(
                        "oneClientSearchP95VsRawQueryP95",
                        "<= 1.25",
                        "oneClientAskP95VsRawQueryP95",
                        "<= 1.5",
                        "concurrentErrors",
                        "0",
                        "concurrentRateVsRawQueryRate",
                        ">= 0.8",
                        "ingestVsRawBatchRate",
                        ">= 0.9",
                        "restartSeconds",
                        "<= 5"));

        Files.createDirectories(options.out().toAbsolutePath().getParent());
        json.copy()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(options.out().toFile(), report);
        System.out.println(BenchmarkTable.render(json.valueToTree(report)));
        System.out.println("Report written to " + options.out());
        return 0;
    }

    /**
     * Ingest measured in this run when it embedded anything; otherwise the index was reused, and the figures come from
     * the eval report that built it, marked as such (their raw batch rate was not measured in that run).
     */
    private Map<String, Object> ingest(BenchmarkOptions options, double seconds, long heapUsed, double rawBatchRate)
            throws IOException {
        Map<String, Object> ingest = new LinkedHashMap<>();
        ingest.put("heapUsedAfterOpenMb", heapUsed / (1024 * 1024));
        if (progress.embedded() > 0) {
            double rate = progress.embedded() / Math.max(seconds, 1e-3);
            ingest.put("source", "measured in this run");
            ingest.put("seconds", Latencies.round(seconds));
            ingest.put("chunksEmbedded", progress.embedded());
            ingest.put("chunksPerSecond", Latencies.round(rate));
            ingest.put("vsRawBatchRate", Benchmark.ratio(rate, rawBatchRate));
        } else if (options.ingestReport().isPresent()
                && Files.exists(options.ingestReport().get())) {
            JsonNode eval = json.readTree(options.ingestReport().get().toFile());
            double rate = eval.path("ingest").path("chunksPerSecond").asDouble();
            ingest.put(
                    "source",
                    "index reused; figures from " + options.ingestReport().get() + " (eval run of "
                            + eval.path("date").asText() + "), compared with this run's raw batch rate");
            ingest.put("seconds", eval.path("ingest").path("seconds").asDouble());
            ingest.put(
                    "chunksEmbedded", eval.path("ingest").path("chunksEmbedded").asLong());
            ingest.put("chunksPerSecond", rate);
            ingest.put("vsRawBatchRate", Benchmark.ratio(rate, rawBatchRate));
        } else {
            ingest.put(
                    "source",
                    "index reused and no --ingest-report: ingest not measured (opening took " + Latencies.round(seconds)
                            + " s)");
        }
        return ingest;
    }

    private static Map<String, Object> restart() {
        Map<String, Object> restart = new LinkedHashMap<>();
        RestartProbe.Result result = RestartProbe.last();
        if (result.seconds() != null) {
            restart.put("seconds", result.seconds());
        }
        restart.put("how", result.how());
        return restart;
    }

    /** The corpus in batches of 256 chunks, as eval feeds the baseline. */
    private Benchmark.ChunkSource corpus(Path corpus) {
        return sink -> {
            List<KnowledgeChunk> batch = new ArrayList<>();
            statutes.read(corpus, source -> {
                batch.addAll(source.chunks());
                if (batch.size() >= 256) {
                    sink.accept(List.copyOf(batch));
                    batch.clear();
                }
            });
            sink.accept(batch);
        };
    }

    /** A fixed-seed reservoir sample over the whole corpus, so short and long articles appear as they do in it. */
    private List<KnowledgeChunk> sample(Path corpus, int size) throws IOException {
        List<KnowledgeChunk> sample = new ArrayList<>(size);
        Random random = new Random(SAMPLE_SEED);
        long[] seen = {0};
        statutes.read(corpus, batch -> {
            for (KnowledgeChunk chunk : batch.chunks()) {
                seen[0]++;
                if (sample.size() < size) {
                    sample.add(chunk);
                } else {
                    long slot = (long) (random.nextDouble() * seen[0]);
                    if (slot < size) {
                        sample.set((int) slot, chunk);
                    }
                }
            }
        });
        return sample;
    }

    private List<String> readQuestions(Path file, int limit) {
        return EvalQuestion.read(json, file, limit).stream()
                .map(EvalQuestion::question)
                .toList();
    }
}
