package org.courtguide.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.segment.TextSegment;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.courtguide.Language;
import org.courtguide.evaluation.NaiveBaseline;
import org.courtguide.knowledge.KnowledgeConfig;
import org.courtguide.retrieval.Embedders;
import org.courtguide.retrieval.RetrievalConfig;
import org.courtguide.source.KnowledgeChunk;
import org.jboss.logging.Logger;

/**
 * The measuring core of {@code bench}: the raw in-process embedding floor, then the app's own HTTP endpoints driven by
 * one client and by N concurrent clients, and optionally the naive baseline. Every latency and rate is reported beside
 * the raw embedding figure of the same run, because on a shared 2-core machine absolute numbers drift with the load.
 */
@ApplicationScoped
public class Benchmark {

    private static final Logger LOG = Logger.getLogger(Benchmark.class);
    /** Untimed questions first, at least this many, and for the plan's warm-up time (see {@link Plan#warmUp()}). */
    private static final int WARM_UP = 20;

    private static final int SEARCH_K = 10;

    private final Embedders embedders;
    private final RetrievalConfig retrieval;
    private final KnowledgeConfig knowledge;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    Benchmark(Embedders embedders, RetrievalConfig retrieval, KnowledgeConfig knowledge, ObjectMapper json) {
        this.embedders = embedders;
        this.retrieval = retrieval;
        this.knowledge = knowledge;
        this.json = json;
    }

    /**
     * What to measure. {@code passages} is the sample for the batch rate; {@code corpus} feeds the baseline's ingest
     * and is read only when {@code baseline} is set. {@code warmUp}: how long to send untimed questions first, so that
     * the JIT has compiled the search path and the ONNX session is warm before anything is measured (on 141,196
     * chunks one client's search p50 was still falling after 15 s of it).
     */
    public record Plan(
            URI baseUrl,
            List<String> questions,
            List<KnowledgeChunk> passages,
            int clients,
            Duration duration,
            Duration warmUp,
            boolean concurrentAsk,
            boolean baseline,
            ChunkSource corpus) {}

    /** The corpus in batches, read again for each consumer so that it never has to sit in memory. */
    @FunctionalInterface
    public interface ChunkSource {
        void forEachBatch(Consumer<List<KnowledgeChunk>> sink) throws IOException;
    }

    /** Runs every measurement of the plan; the map is the report's body, in reading order. */
    public Map<String, Object> run(Plan plan) throws InterruptedException, IOException {
        List<String> questions = plan.questions();
        List<Double> load = new ArrayList<>();
        load.add(loadAverage());
        warmUp(plan);

        LOG.infof(
                "Raw embedding: %d questions one at a time, %d passages in batches of %d",
                questions.size(), plan.passages().size(), knowledge.batchSize());
        Latencies.Summary rawQuery = LoadDriver.sequential(
                        questions.size(),
                        i -> () -> embedders.embed(language(questions.get(i)), withInstruction(questions.get(i))).length
                                > 0)
                .summary();
        Map<String, Object> rawBatch = batchRate(
                plan.passages(),
                knowledge.batchSize(),
                (language, texts) -> embedders.embedAll(language, texts).size());
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("queryEmbedding", rawQuery);
        raw.put("batchEmbedding", rawBatch);

        LOG.infof("One client: %d searches, then %d asks", questions.size(), questions.size());
        Latencies.Summary search = LoadDriver.sequential(
                        questions.size(), i -> search(plan.baseUrl(), questions.get(i)))
                .summary();
        Latencies.Summary ask = LoadDriver.sequential(questions.size(), i -> ask(plan.baseUrl(), questions.get(i)))
                .summary();
        load.add(loadAverage());
        Map<String, Object> oneClient = new LinkedHashMap<>();
        oneClient.put("search", search);
        oneClient.put("ask", ask);
        oneClient.put("searchP95VsRawQueryP95", ratio(search.p95Ms(), rawQuery.p95Ms()));
        oneClient.put("askP95VsRawQueryP95", ratio(ask.p95Ms(), rawQuery.p95Ms()));

        LOG.infof(
                "%d concurrent clients for %d s",
                plan.clients(), plan.duration().toSeconds());
        Map<String, Object> concurrent = new LinkedHashMap<>();
        LoadDriver.Concurrent searchLoad = LoadDriver.concurrent(
                plan.clients(), plan.duration(), questions.size(), i -> search(plan.baseUrl(), questions.get(i)));
        concurrent.put("search", searchLoad);
        concurrent.put("searchRateVsRawQueryRate", ratio(searchLoad.requestsPerSecond(), rawQuery.perSecond()));
        load.add(loadAverage());
        if (plan.concurrentAsk()) {
            LoadDriver.Concurrent askLoad = LoadDriver.concurrent(
                    plan.clients(), plan.duration(), questions.size(), i -> ask(plan.baseUrl(), questions.get(i)));
            concurrent.put("ask", askLoad);
            concurrent.put("askRateVsRawQueryRate", ratio(askLoad.requestsPerSecond(), rawQuery.perSecond()));
            load.add(loadAverage());
        }

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("warmUpSeconds", plan.warmUp().toSeconds());
        body.put("raw", raw);
        body.put("oneClient", oneClient);
        body.put("concurrent", concurrent);
        if (plan.baseline()) {
            body.put("baseline", baseline(plan, rawQuery, search, searchLoad));
            load.add(loadAverage());
        }
        body.put("loadAverage1m", load);
        return body;
    }

    private void warmUp(Plan plan) {
        List<String> questions = plan.questions();
        long until = System.nanoTime() + plan.warmUp().toNanos();
        for (int i = 0; i < WARM_UP || System.nanoTime() < until; i++) {
            String q = questions.get(i % questions.size());
            embedders.embed(language(q), withInstruction(q));
            new Latencies().time(search(plan.baseUrl(), q));
            new Latencies().time(ask(plan.baseUrl(), q));
        }
    }

    /**
     * The naive setup measured the same way where it applies: its raw embedding floor, its ingest into the in-memory
     * store, its retrieval in-process (it has no HTTP endpoint) by one and by N callers. It keeps nothing on disk, so
     * its restart is a full re-ingest.
     */
    private Map<String, Object> baseline(
            Plan plan, Latencies.Summary appRawQuery, Latencies.Summary appSearch, LoadDriver.Concurrent appLoad)
            throws IOException, InterruptedException {
        List<String> questions = plan.questions();
        LOG.info("Naive baseline: raw embedding, ingest of the corpus into the in-memory store, retrieval");
        NaiveBaseline naive = new NaiveBaseline();
        naive.model().embed("warm-up");
        Latencies.Summary rawQuery = LoadDriver.sequential(
                        questions.size(),
                        i -> () ->
                                naive.model().embed(questions.get(i)).content().vector().length > 0)
                .summary();
        Map<String, Object> rawBatch = batchRate(
                plan.passages(),
                knowledge.batchSize(),
                (language, texts) -> naive.model()
                        .embedAll(texts.stream().map(TextSegment::from).toList())
                        .content()
                        .size());
        long heapBefore = heapUsedAfterGc();
        long start = System.nanoTime();
        plan.corpus().forEachBatch(naive::add);
        double ingestSeconds = (System.nanoTime() - start) / 1e9;
        long heapAfter = heapUsedAfterGc();
        double ingestRate = naive.embedded() / Math.max(ingestSeconds, 1e-3);
        for (String q : questions.subList(0, Math.min(WARM_UP, questions.size()))) {
            naive.retrieve(q);
        }
        Latencies.Summary retrieve = LoadDriver.sequential(
                        questions.size(), i -> () -> naive.retrieve(questions.get(i)) != null)
                .summary();
        LoadDriver.Concurrent retrieveLoad = LoadDriver.concurrent(
                plan.clients(), plan.duration(), questions.size(), i -> () -> naive.retrieve(questions.get(i)) != null);

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("setup", "LangChain4j in-memory store + all-MiniLM-L6-v2-q, 5 results, retrieval in-process");
        result.put("raw", Map.of("queryEmbedding", rawQuery, "batchEmbedding", rawBatch));
        Map<String, Object> ingest = new LinkedHashMap<>();
        ingest.put("chunks", naive.embedded());
        ingest.put("seconds", Latencies.round(ingestSeconds));
        ingest.put("chunksPerSecond", Latencies.round(ingestRate));
        ingest.put("vsRawBatchRate", ratio(ingestRate, (Double) rawBatch.get("passagesPerSecond")));
        ingest.put("heapGrowthMb", (heapAfter - heapBefore) / (1024 * 1024));
        result.put("ingest", ingest);
        result.put("oneClientRetrieve", retrieve);
        result.put("retrieveP95VsRawQueryP95", ratio(retrieve.p95Ms(), rawQuery.p95Ms()));
        result.put("concurrentRetrieve", retrieveLoad);
        result.put("retrieveRateVsRawQueryRate", ratio(retrieveLoad.requestsPerSecond(), rawQuery.perSecond()));
        result.put("restartSeconds", Latencies.round(ingestSeconds));
        Map<String, Object> app = new LinkedHashMap<>();
        app.put("rawQueryP95", ratio(appRawQuery.p95Ms(), rawQuery.p95Ms()));
        app.put("oneClientP95", ratio(appSearch.p95Ms(), retrieve.p95Ms()));
        app.put("concurrentRate", ratio(appLoad.requestsPerSecond(), retrieveLoad.requestsPerSecond()));
        result.put("appOverBaseline", app);
        return result;
    }

    /** Passages sorted by length and embedded in batches of the ingest's size, as the ingest does. */
    private static Map<String, Object> batchRate(List<KnowledgeChunk> passages, int batchSize, BatchEmbedder embedder) {
        Map<String, List<KnowledgeChunk>> byLanguage = passages.stream()
                .collect(Collectors.groupingBy(KnowledgeChunk::language, LinkedHashMap::new, Collectors.toList()));
        long embedded = 0;
        long start = System.nanoTime();
        for (Map.Entry<String, List<KnowledgeChunk>> entry : byLanguage.entrySet()) {
            Language language = Language.parse(entry.getKey()).orElse(Language.ZH);
            List<String> texts = entry.getValue().stream()
                    .map(KnowledgeChunk::embeddingText)
                    .sorted(Comparator.comparingInt(String::length))
                    .toList();
            for (int i = 0; i < texts.size(); i += batchSize) {
                embedded += embedder.embed(language, texts.subList(i, Math.min(texts.size(), i + batchSize)));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("passages", embedded);
        result.put("batchSize", batchSize);
        result.put("seconds", Latencies.round(seconds));
        result.put("passagesPerSecond", Latencies.round(embedded / Math.max(seconds, 1e-3)));
        return result;
    }

    @FunctionalInterface
    private interface BatchEmbedder {
        int embed(Language language, List<String> texts);
    }

    private Latencies.Call search(URI base, String question) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(
                        "api/search?q=" + URLEncoder.encode(question, StandardCharsets.UTF_8) + "&k=" + SEARCH_K))
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
        return () -> http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    /** The JSON API; Content-Type application/json is what lets it past the CSRF filter. */
    private Latencies.Call ask(URI base, String question) {
        return () -> {
            HttpRequest request = HttpRequest.newBuilder(base.resolve("api/ask"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("question", question))))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        };
    }

    /** The text the retriever embeds for a question: the model's query instruction, then the question. */
    private String withInstruction(String question) {
        Language language = language(question);
        return (language == Language.ZH ? retrieval.queryInstructionZh() : retrieval.queryInstructionEn()).orElse("")
                + question;
    }

    private static Language language(String question) {
        return Language.detect(question);
    }

    static double ratio(double value, double reference) {
        return reference == 0 ? 0 : Math.round(value / reference * 1000) / 1000.0;
    }

    static double loadAverage() {
        return Latencies.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    static long heapUsedAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Lets the test hand in the passages without reading a corpus file. */
    static ChunkSource of(List<KnowledgeChunk> chunks) {
        return sink -> sink.accept(chunks);
    }
}
