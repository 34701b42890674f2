package org.courtguide.benchmark;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Command-line options of {@code bench}. */
public record BenchmarkOptions(Path corpus, Path questions, Path dataDir, Path out, Optional<Path> ingestReport,
        int limit, int clients, int seconds, int passages, int port, boolean baseline, boolean restart,
        boolean concurrentAsk) {

    static final String USAGE = "usage: bench --corpus FILE --questions FILE [--data-dir DIR] [--limit 300] [--clients 16]"
            + " [--seconds 60] [--passages 1024] [--port 18080] [--out FILE] [--ingest-report FILE] [--no-baseline]"
            + " [--no-restart] [--no-concurrent-ask]";

    public static BenchmarkOptions parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        boolean baseline = true;
        boolean restart = true;
        boolean concurrentAsk = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--no-baseline" -> baseline = false;
                case "--no-restart" -> restart = false;
                case "--no-concurrent-ask" -> concurrentAsk = false;
                case "--corpus", "--questions", "--data-dir", "--out", "--ingest-report", "--limit", "--clients",
                        "--seconds", "--passages", "--port" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(args[i] + " needs a value; " + USAGE);
                    }
                    values.put(args[i], args[++i]);
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE);
            }
        }
        if (!values.containsKey("--corpus") || !values.containsKey("--questions")) {
            throw new IllegalArgumentException(USAGE);
        }
        Path corpus = Path.of(values.get("--corpus"));
        // the same folder as eval's, so an index eval built is opened as it is instead of being ingested again
        String folder = corpus.toAbsolutePath().normalize().toString().replaceAll("[^A-Za-z0-9]+", "_");
        Path dataDir = explicitlyRelative(values.getOrDefault("--data-dir", "./data/eval/" + folder));
        String name = corpus.getFileName().toString().replace(".jsonl", "").replace(".gz", "");
        Path out = Path.of(values.getOrDefault("--out", "docs/reports/bench-" + name + ".json"));
        return new BenchmarkOptions(corpus, Path.of(values.get("--questions")), dataDir, out,
                Optional.ofNullable(values.get("--ingest-report")).map(Path::of),
                Integer.parseInt(values.getOrDefault("--limit", "300")),
                Integer.parseInt(values.getOrDefault("--clients", "16")),
                Integer.parseInt(values.getOrDefault("--seconds", "60")),
                Integer.parseInt(values.getOrDefault("--passages", "1024")),
                Integer.parseInt(values.getOrDefault("--port", "18080")), baseline, restart, concurrentAsk);
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
