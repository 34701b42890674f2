package org.courtguide.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.courtguide.CommandOptions;

/**
 * {@code eval-api --url U --questions Q}: the retrieval evaluation through a running app's {@code GET /api/search}, the
 * way an outside checker sees it: whatever store, model and settings that deployment uses (Qdrant, a re-ingested
 * corpus, changed weights). Each question goes through the three modes of the endpoint (BM25, dense, hybrid) and is
 * scored with the metrics of {@link RetrievalMetrics}; latency is that of the HTTP call. A 429 is waited out as its
 * {@code Retry-After} says, so the evaluation can run against an app that keeps its rate limits.
 */
public final class ApiEvaluation {

    static final String USAGE = "usage: eval-api --url URL --questions FILE [--k N] [--out FILE] [--limit N]";
    private static final List<String> MODES = List.of("bm25", "dense", "hybrid");
    private static final int MAX_WAITS_PER_QUESTION = 5;
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(120);

    /** Command-line options; {@code k} is the number of results asked for (the endpoint allows at most 100). */
    public record Options(URI url, Path questions, Path out, int k, int limit) {

        public static Options parse(String[] args) {
            CommandOptions options = CommandOptions.parse(
                    args,
                    Set.of("--url", "--questions", "--out", "--k", "--limit"),
                    Set.of(),
                    Set.of("--url", "--questions"),
                    USAGE);
            String url = options.required("--url");
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                throw options.invalid("--url", "needs an http(s) address, not " + url);
            }
            int k = options.wholeNumber("--k", 100);
            if (k < 1 || k > 100) {
                throw options.invalid("--k", "must be between 1 and 100");
            }
            return new Options(
                    URI.create(url.endsWith("/") ? url : url + "/"),
                    Path.of(options.required("--questions")),
                    Path.of(options.value("--out").orElse("eval-api.json")),
                    k,
                    options.wholeNumber("--limit", 0));
        }
    }

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json;
    private int waits;

    ApiEvaluation(ObjectMapper json) {
        this.json = json;
    }

    /** Runs the command; the exit code is 0 when every question was answered. */
    public static int run(String... args) throws IOException, InterruptedException {
        Options options = Options.parse(args);
        ObjectMapper json = new ObjectMapper();
        ApiEvaluation evaluation = new ApiEvaluation(json);
        List<EvalQuestion> questions = EvalQuestion.read(json, options.questions(), options.limit());
        Map<String, RetrievalMetrics> pipelines = evaluation.evaluate(options.url(), questions, options.k());
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("kind", "retrieval-evaluation-api");
        report.put("date", Instant.now().toString());
        report.put("url", options.url().toString());
        report.put("questions", Map.of("path", options.questions().toString(), "count", questions.size()));
        report.put("k", options.k());
        report.put("rateLimitWaits", evaluation.waits);
        Map<String, Object> results = new LinkedHashMap<>();
        pipelines.forEach((name, metrics) -> results.put(name, metrics.summary()));
        report.put("pipelines", results);
        Path parent = options.out().toAbsolutePath().getParent();
        Files.createDirectories(parent);
        json.copy()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(options.out().toFile(), report);
        System.out.println(EvaluationCommand.table(pipelines));
        System.out.println("Report written to " + options.out());
        return 0;
    }

    /** Every question through each mode of {@code /api/search}, scored over the distinct source ids returned. */
    Map<String, RetrievalMetrics> evaluate(URI base, List<EvalQuestion> questions, int k)
            throws IOException, InterruptedException {
        Map<String, RetrievalMetrics> pipelines = new LinkedHashMap<>();
        for (String mode : MODES) {
            pipelines.put(mode, new RetrievalMetrics());
        }
        for (EvalQuestion question : questions) {
            for (String mode : MODES) {
                long start = System.nanoTime();
                List<String> ids = search(base, question.question(), mode, k);
                pipelines
                        .get(mode)
                        .add(RetrievalMetrics.distinct(ids), question.goldIds(), (System.nanoTime() - start) / 1000);
            }
        }
        return pipelines;
    }

    /** The source ids of one search, best first; a 429 is waited out (its wait is not counted as latency). */
    List<String> search(URI base, String question, String mode, int k) throws IOException, InterruptedException {
        URI uri = base.resolve(
                "api/search?q=" + URLEncoder.encode(question, StandardCharsets.UTF_8) + "&k=" + k + "&mode=" + mode);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .GET()
                .build();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() == 200) {
                List<String> ids = new ArrayList<>();
                for (JsonNode result : json.readTree(response.body()).path("results")) {
                    ids.add(result.path("sourceId").asText());
                }
                return ids;
            }
            if (response.statusCode() != 429 || attempt >= MAX_WAITS_PER_QUESTION) {
                throw new IOException("GET " + uri.getPath() + " answered " + response.statusCode() + ": "
                        + abbreviate(response.body()));
            }
            waits++;
            Thread.sleep(retryAfter(response).toMillis());
        }
    }

    private static Duration retryAfter(HttpResponse<String> response) {
        long seconds = response.headers()
                .firstValue("Retry-After")
                .filter(v -> v.matches("\\d{1,6}"))
                .map(Long::parseLong)
                .orElse(1L);
        Duration wait = Duration.ofSeconds(Math.max(1, seconds));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static String abbreviate(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }
}
