package org.courtguide.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.courtguide.knowledge.GuideParser;
import org.courtguide.source.KnowledgeChunk;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's measuring core over the starter knowledge, with a handful of questions and one-second runs: every
 * figure of the report is there and sane. No timing threshold is asserted; the figures depend on the machine.
 */
@QuarkusTest
class BenchmarkTest {

    @Inject
    Benchmark benchmark;

    @Inject
    ObjectMapper json;

    @TestHTTPResource("/")
    URL base;

    @Test
    void reports_every_figure_against_the_raw_embedding_rate_of_the_same_run() throws Exception {
        List<String> questions = List.of("上诉期限是多少天？", "怎么起诉？", "交不起诉讼费怎么办？", "How long do I have to appeal?");
        List<KnowledgeChunk> passages = starterGuides();
        Benchmark.Plan plan = new Benchmark.Plan(
                URI.create(base.toString()),
                questions,
                passages,
                3,
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                true,
                true,
                Benchmark.of(passages));

        Map<String, Object> body = benchmark.run(plan);
        JsonNode report = json.valueToTree(body);

        JsonNode query = report.path("raw").path("queryEmbedding");
        assertSeries(query, questions.size());
        assertThat(report.path("raw").path("batchEmbedding").path("passages").asInt())
                .isEqualTo(passages.size());
        assertThat(report.path("raw")
                        .path("batchEmbedding")
                        .path("passagesPerSecond")
                        .asDouble())
                .isPositive();
        assertSeries(report.path("oneClient").path("search"), questions.size());
        assertSeries(report.path("oneClient").path("ask"), questions.size());
        assertThat(report.path("oneClient").path("searchP95VsRawQueryP95").asDouble())
                .isPositive();
        assertThat(report.path("oneClient").path("askP95VsRawQueryP95").asDouble())
                .isPositive();
        for (String endpoint : List.of("search", "ask")) {
            JsonNode load = report.path("concurrent").path(endpoint);
            assertThat(load.path("clients").asInt()).isEqualTo(3);
            assertThat(load.path("errors").asLong()).isZero();
            assertThat(load.path("requests").asInt()).isPositive();
            assertThat(load.path("requestsPerSecond").asDouble()).isPositive();
            assertThat(load.path("p95Ms").asDouble())
                    .isGreaterThanOrEqualTo(load.path("p50Ms").asDouble());
            assertThat(report.path("concurrent")
                            .path(endpoint + "RateVsRawQueryRate")
                            .asDouble())
                    .isPositive();
        }
        JsonNode baseline = report.path("baseline");
        assertSeries(baseline.path("raw").path("queryEmbedding"), questions.size());
        assertThat(baseline.path("ingest").path("chunks").asInt()).isEqualTo(passages.size());
        assertThat(baseline.path("ingest").path("chunksPerSecond").asDouble()).isPositive();
        assertSeries(baseline.path("oneClientRetrieve"), questions.size());
        assertThat(baseline.path("concurrentRetrieve").path("requests").asInt()).isPositive();
        assertThat(baseline.path("appOverBaseline").path("concurrentRate").asDouble())
                .isPositive();
        assertThat(report.path("loadAverage1m")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(BenchmarkTable.render(report)).contains("/api/search", "/api/ask", "raw batch embedding");
    }

    @Test
    void counts_failed_requests_as_errors_not_as_latencies() throws Exception {
        Latencies latencies = new Latencies();
        latencies.time(() -> true);
        latencies.time(() -> false);
        latencies.time(() -> {
            throw new java.io.IOException("connection refused");
        });
        Latencies.Summary summary = latencies.summary();
        assertThat(summary.count()).isEqualTo(1);
        assertThat(summary.errors()).isEqualTo(2);
    }

    private static void assertSeries(JsonNode series, int count) {
        assertThat(series.path("count").asInt()).as(series.toString()).isEqualTo(count);
        assertThat(series.path("errors").asLong()).as(series.toString()).isZero();
        assertThat(series.path("p50Ms").asDouble()).as(series.toString()).isPositive();
        assertThat(series.path("p95Ms").asDouble())
                .as(series.toString())
                .isGreaterThanOrEqualTo(series.path("p50Ms").asDouble());
        assertThat(series.path("perSecond").asDouble()).as(series.toString()).isPositive();
    }

    private static List<KnowledgeChunk> starterGuides() throws Exception {
        GuideParser parser = new GuideParser();
        List<KnowledgeChunk> chunks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("knowledge/guides"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                chunks.addAll(
                        parser.parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8))
                                .sections());
            }
        }
        return chunks;
    }
}
