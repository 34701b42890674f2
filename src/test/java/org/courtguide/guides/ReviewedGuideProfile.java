package org.courtguide.guides;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A knowledge folder of the test's own: the shipped labour-disputes guide in Chinese as a court would sign it (with
 * {@code reviewed-by} and {@code reviewed-on} added) and its English translation as shipped, unreviewed.
 */
public class ReviewedGuideProfile implements QuarkusTestProfile {

    static final Path ROOT = Path.of("target", "reviewed-guide-test");
    static final String REVIEWER = "某区人民法院诉讼服务中心";

    @Override
    public Map<String, String> getConfigOverrides() {
        Path knowledge = ROOT.resolve("knowledge");
        try {
            if (Files.exists(ROOT)) {
                try (Stream<Path> walk = Files.walk(ROOT)) {
                    walk.sorted(Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
            Files.createDirectories(knowledge);
            String zh = Files.readString(Path.of("knowledge", "guides", "zh", "labour-disputes-zh.md"));
            Files.writeString(
                    knowledge.resolve("labour-disputes-zh.md"),
                    zh.replaceFirst(
                            "\ntranslation_of: ",
                            "\nreviewed-by: " + REVIEWER + "\nreviewed-on: 2026-12-01\ntranslation_of: "));
            Files.copy(
                    Path.of("knowledge", "guides", "en", "labour-disputes-en.md"),
                    knowledge.resolve("labour-disputes-en.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "court-guide.data-dir",
                "./" + ROOT.resolve("data"),
                "court-guide.knowledge.paths",
                knowledge.toString(),
                "court-guide.knowledge.background",
                "false");
    }
}
