package org.courtguide.knowledge;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * A knowledge folder and data folder of the test's own, so the test can add, change and remove sources: two starter
 * guides and a small statute collection.
 */
public class IncrementalIngestProfile implements QuarkusTestProfile {

    static final Path ROOT = Path.of("target", "ingest-test");
    static final Path KNOWLEDGE = ROOT.resolve("knowledge");
    static final Path STATUTES = ROOT.resolve("statutes.jsonl");

    @Override
    public Map<String, String> getConfigOverrides() {
        try {
            if (Files.exists(ROOT)) {
                try (var walk = Files.walk(ROOT)) {
                    walk.sorted(java.util.Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
            Files.createDirectories(KNOWLEDGE);
            for (String guide : new String[] {"zh/time-limits-zh.md", "en/fees-en.md"}) {
                Path source = Path.of("knowledge", "guides", guide);
                Files.copy(source, KNOWLEDGE.resolve(source.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.copy(Path.of("src", "test", "resources", "statutes", "sample-articles.jsonl"), STATUTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "court-guide.data-dir",
                "./" + ROOT.resolve("data"),
                "court-guide.knowledge.paths",
                KNOWLEDGE + "," + STATUTES,
                "court-guide.knowledge.background",
                "false");
    }
}
