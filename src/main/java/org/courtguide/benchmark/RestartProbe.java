package org.courtguide.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.courtguide.evaluation.EvalQuestion;

/**
 * Restart with the index on disk: starts the packaged jar as a child JVM serving the same data folder and times it
 * from process start to the first {@code /api/search} answered with results. It runs before the benchmark's own
 * Quarkus starts, because the index and the H2 database can be open in one process only; the figure waits in a static field
 * for the command, which runs in this JVM and class loader.
 */
public final class RestartProbe {

    /** The last measurement; seconds is null when none was taken, and the note says why. */
    record Result(Double seconds, String how) {}

    private static volatile Result last = new Result(null, "not measured");
    private static final Duration GIVE_UP = Duration.ofSeconds(180);

    private RestartProbe() {}

    public static void measure(BenchmarkOptions options) {
        try {
            last = run(options);
        } catch (IOException e) {
            last = skipped(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            last = skipped("interrupted");
        }
    }

    static Result last() {
        return last;
    }

    private static Result skipped(String why) {
        return new Result(null, "not measured: " + why);
    }

    private static Result run(BenchmarkOptions options) throws IOException, InterruptedException {
        String jar = System.getProperty("java.class.path", "");
        if (!options.restart()) {
            return skipped("--no-restart");
        }
        if (!jar.endsWith("quarkus-run.jar")) {
            return skipped("the probe restarts the packaged jar, and this process was not started from it");
        }
        if (!Files.isDirectory(options.dataDir().resolve("index"))) {
            return skipped("no index on disk before this run (run bench again to measure a restart)");
        }
        int port = options.port() + 1;
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        // the same heap and JVM flags as this run, so the child starts as the app would
        command.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of(
                "-Dcourt-guide.data-dir=" + options.dataDir(),
                "-Dcourt-guide.knowledge.paths=" + options.corpus(),
                "-Dcourt-guide.rate-limit.enabled=false",
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port,
                "-jar",
                jar));
        Path log = options.dataDir().resolve("bench-restart.log");
        URI probe = URI.create("http://127.0.0.1:" + port + "/api/search?k=10&q="
                + URLEncoder.encode(firstQuestion(options.questions()), StandardCharsets.UTF_8));
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long start = System.nanoTime();
        Process child = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            while (System.nanoTime() - start < GIVE_UP.toNanos() && child.isAlive()) {
                try {
                    HttpResponse<String> response = http.send(
                            HttpRequest.newBuilder(probe)
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200 && response.body().contains("\"sourceId\"")) {
                        return new Result(
                                Latencies.round((System.nanoTime() - start) / 1e9),
                                "child JVM from process start to the first /api/search answered with results");
                    }
                } catch (IOException notYetListening) {
                    // the server is not up yet: poll again
                }
                Thread.sleep(50);
            }
            return skipped("no answer within " + GIVE_UP.toSeconds() + " s (see " + log + ")");
        } finally {
            child.destroy();
            if (!child.waitFor(60, TimeUnit.SECONDS)) {
                child.destroyForcibly().waitFor();
            }
        }
    }

    /** Bad input is an {@link org.courtguide.InputFileException}: it stops the command before anything runs. */
    private static String firstQuestion(Path questions) throws IOException {
        List<EvalQuestion> first = EvalQuestion.read(new ObjectMapper(), questions, 1);
        if (first.isEmpty()) {
            throw new IOException("no question in " + questions);
        }
        return first.get(0).question();
    }
}
