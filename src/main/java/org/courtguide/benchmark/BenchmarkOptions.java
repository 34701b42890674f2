package org.courtguide.benchmark;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.courtguide.CommandOptions;

/** Command-line options of {@code bench}. */
public record BenchmarkOptions(
        Path corpus,
        Path questions,
        Path dataDir,
        Path out,
        Optional<Path> ingestReport,
        int limit,
        int clients,
        int seconds,
        int warmUpSeconds,
        int passages,
        int port,
        boolean baseline,
        boolean restart,
        boolean concurrentAsk) {

    static final String USAGE =
            "usage: bench --corpus FILE --questions FILE [--data-dir DIR] [--limit 300] [--clients 16]"
                    + " [--seconds 60] [--warm-up 60] [--passages 1024] [--port 18080] [--out FILE] [--ingest-report FILE] [--no-baseline]"
                    + " [--no-restart] [--no-concurrent-ask]";

    public static BenchmarkOptions parse(String[] args) {
        CommandOptions options = CommandOptions.parse(
                args,
                Set.of(
                        "--corpus",
                        "--questions",
                        "--data-dir",
                        "--out",
                        "--ingest-report",
                        "--limit",
                        "--clients",
                        "--seconds",
                        "--warm-up",
                        "--passages",
                        "--port"),
                Set.of("--no-baseline", "--no-restart", "--no-concurrent-ask"),
                Set.of("--corpus", "--questions"),
                USAGE);
        Path corpus = Path.of(options.required("--corpus"));
        // the same folder as eval's, so an index eval built is opened as it is instead of being ingested again
        String folder = corpus.toAbsolutePath().normalize().toString().replaceAll("[^A-Za-z0-9]+", "_");
        Path dataDir = explicitlyRelative(options.value("--data-dir").orElse("./data/eval/" + folder));
        String name = corpus.getFileName().toString().replace(".jsonl", "").replace(".gz", "");
        Path out = Path.of(options.value("--out").orElse("docs/reports/bench-" + name + ".json"));
        return new BenchmarkOptions(
                corpus,
                Path.of(options.required("--questions")),
                dataDir,
                out,
                options.value("--ingest-report").map(Path::of),
                options.wholeNumber("--limit", 300),
                options.wholeNumber("--clients", 16),
                options.wholeNumber("--seconds", 60),
                options.wholeNumber("--warm-up", 60),
                options.wholeNumber("--passages", 1024),
                options.wholeNumber("--port", 18080),
                !options.flag("--no-baseline"),
                !options.flag("--no-restart"),
                !options.flag("--no-concurrent-ask"));
    }

    /** H2 refuses a database path relative to the working folder unless it says so ("./data", not "data"). */
    private static Path explicitlyRelative(String folder) {
        Path path = Path.of(folder);
        return path.isAbsolute() || folder.startsWith(".") ? path : Path.of(".", folder);
    }

    /**
     * The corpus is the only knowledge source and is ingested in the foreground by the command; the HTTP server listens
     * on loopback only, and rate limiting is off because the benchmark measures the application, not the limiter.
     */
    public void applyToConfig() {
        System.setProperty("court-guide.knowledge.paths", corpus.toString());
        System.setProperty("court-guide.data-dir", dataDir.toString());
        System.setProperty("court-guide.knowledge.ingest-at-startup", "false");
        System.setProperty("court-guide.rate-limit.enabled", "false");
        System.setProperty("quarkus.http.host", "127.0.0.1");
        System.setProperty("quarkus.http.port", Integer.toString(port));
    }
}
