package org.courtguide.laws;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The laws shipped in a {@code laws} folder of the knowledge paths, one JSON file per law version (written by
 * {@code scripts/extract-laws.py}). They are the evidence behind the guides: the library pages show them and every
 * article a guide names links to them. They are not indexed for answering; the assistant answers from the guides.
 */
public final class LawLibrary {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Map<String, Law> byId;
    private final Map<String, Law> byName;

    private LawLibrary(List<Law> laws) {
        this.byId = new LinkedHashMap<>();
        this.byName = new LinkedHashMap<>();
        for (Law law : laws) {
            byId.put(law.id(), law);
            byName.putIfAbsent(ArticleReferences.normalizeName(law.title()), law);
            byName.putIfAbsent(law.titleEn(), law);
            law.names().forEach(n -> byName.putIfAbsent(ArticleReferences.normalizeName(n), law));
        }
    }

    /** The laws under {@code <path>/laws/*.json} for each knowledge folder given; missing folders are skipped. */
    public static LawLibrary load(Collection<Path> knowledgePaths) {
        List<Law> laws = knowledgePaths.stream()
                .map(p -> p.resolve("laws"))
                .filter(Files::isDirectory)
                .flatMap(LawLibrary::jsonFiles)
                .map(LawLibrary::read)
                .sorted(Comparator.comparing(Law::id))
                .toList();
        return new LawLibrary(laws);
    }

    private static Stream<Path> jsonFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Law read(Path file) {
        try {
            return JSON.readValue(file.toFile(), Law.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read law " + file, e);
        }
    }

    public Collection<Law> all() {
        return byId.values();
    }

    public Optional<Law> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** A law by any name the guides cite it by, in Chinese or English. */
    public Optional<Law> byName(String name) {
        return Optional.ofNullable(byName.get(ArticleReferences.normalizeName(name)));
    }

    public List<ArticleReferences.Reference> references(String text) {
        return ArticleReferences.find(text, byName);
    }
}
