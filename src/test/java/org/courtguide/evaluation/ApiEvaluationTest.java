package org.courtguide.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval-api} scores a running app through its search API, as an outside checker would. */
@QuarkusTest
class ApiEvaluationTest {

    @TestHTTPResource("/")
    URL base;

    @TempDir
    Path dir;

    @Test
    void scores_the_three_modes_of_the_running_apps_search_and_writes_the_report() throws Exception {
        Path questions = dir.resolve("questions.jsonl");
        Files.writeString(
                questions,
                String.join(
                        "\n",
                        "{\"id\": \"q1\", \"question\": \"对一审判决不服，上诉期限是多少天？\", \"gold\": [{\"doc_id\": \"appeal-retrial-zh\"}]}",
                        "{\"id\": \"q2\", \"question\": \"交不起诉讼费可以申请缓交吗？\", \"gold\": [{\"doc_id\": \"fees-zh\"}]}",
                        "{\"id\": \"q3\", \"question\": \"火星上的天气\", \"gold\": [{\"doc_id\": \"no-such-article\"}]}",
                        ""),
                StandardCharsets.UTF_8);
        Path out = dir.resolve("report.json");

        int exit = ApiEvaluation.run(
                "--url", base.toString(), "--questions", questions.toString(), "--k", "20", "--out", out.toString());

        assertThat(exit).isZero();
        var report = new ObjectMapper().readTree(out.toFile());
        assertThat(report.path("questions").path("count").asInt()).isEqualTo(3);
        for (String mode : List.of("bm25", "dense", "hybrid")) {
            var pipeline = report.path("pipelines").path(mode);
            assertThat(pipeline.path("questions").asInt()).as(mode).isEqualTo(3);
            // two of the three questions are answered by a starter guide; the third has no answer in the index
            assertThat(pipeline.path("recall").path("recall@10").asDouble())
                    .as(mode)
                    .isBetween(0.5, 0.67);
            assertThat(pipeline.path("latencyP50Ms").asDouble()).as(mode).isPositive();
        }
        assertThat(report.path("pipelines").path("hybrid").path("mrrAt10").asDouble())
                .isGreaterThan(0.3);
        assertThat(report.path("rateLimitWaits").asInt()).isZero();
    }

    @Test
    void a_429_is_waited_out_as_retry_after_says_and_another_error_stops_the_run() throws Exception {
        // a stand-in for a deployment that keeps its rate limit: one refusal, then the answer (RateLimitTest covers
        // the app's own 429)
        AtomicInteger calls = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/search", exchange -> {
            boolean refuse = calls.getAndIncrement() == 0;
            byte[] body = (refuse
                            ? "{\"code\":\"too_many_requests\"}"
                            : "{\"results\":[{\"sourceId\":\"a\"},{\"sourceId\":\"a\"},{\"sourceId\":\"b\"}],\"tookMs\":1}")
                    .getBytes(StandardCharsets.UTF_8);
            if (refuse) {
                exchange.getResponseHeaders().add("Retry-After", "1");
            }
            exchange.sendResponseHeaders(refuse ? 429 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/broken/api/search", exchange -> {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        server.start();
        try {
            URI root = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
            ApiEvaluation evaluation = new ApiEvaluation(new ObjectMapper());
            long started = System.nanoTime();

            Map<String, RetrievalMetrics> pipelines = evaluation.evaluate(
                    root, List.of(new EvalQuestion("q", "question", List.of(new EvalQuestion.Gold("b")))), 10);

            assertThat(calls.get()).isEqualTo(4);
            assertThat((System.nanoTime() - started) / 1e9).isGreaterThanOrEqualTo(1.0);
            assertThat(pipelines.get("hybrid").summary().mrrAt10())
                    .as("b is second once a's chunks count once")
                    .isEqualTo(0.5);
            assertThatThrownBy(() -> evaluation.search(root.resolve("broken/"), "question", "hybrid", 10))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("answered 500");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void options_need_an_address_and_questions_and_k_is_at_most_100() {
        assertThat(ApiEvaluation.Options.parse(new String[] {"--url", "http://127.0.0.1:8080", "--questions", "q"})
                        .url())
                .isEqualTo(URI.create("http://127.0.0.1:8080/"));
        assertThatThrownBy(() -> ApiEvaluation.Options.parse(new String[] {"--questions", "q"}))
                .hasMessageStartingWith("usage: eval-api");
        assertThatThrownBy(() -> ApiEvaluation.Options.parse(new String[] {"--url", "localhost", "--questions", "q"}))
                .hasMessageContaining("needs an http(s) address");
        assertThatThrownBy(() -> ApiEvaluation.Options.parse(
                        new String[] {"--url", "http://h", "--questions", "q", "--k", "500"}))
                .hasMessageContaining("--k");
    }
}
