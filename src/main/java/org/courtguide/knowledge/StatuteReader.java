package org.courtguide.knowledge;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.courtguide.source.KnowledgeChunk;
import org.courtguide.source.SourceBatch;
import org.courtguide.source.SourceDocument;
import org.courtguide.source.SourceKind;
import org.courtguide.source.Validity;

/**
 * Streams a statute collection (JSONL, optionally gzipped), one article per line, into chunks: one per article, long
 * articles split at sentence ends. Every chunk keeps the article's {@code doc_id} as its source id.
 */
@ApplicationScoped
public class StatuteReader {

    private final ObjectMapper json;
    private final KnowledgeConfig config;

    StatuteReader(ObjectMapper json, KnowledgeConfig config) {
        this.json = json;
        this.config = config;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Article(
            @JsonProperty("doc_id") String docId,
            String law,
            @JsonProperty("law_full_title") String lawFullTitle,
            String article,
            String heading,
            String text,
            String issuer,
            String version,
            String validity,
            @JsonProperty("source_url") String sourceUrl) {}

    public static boolean isStatuteFile(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".jsonl") || name.endsWith(".jsonl.gz");
    }

    /** Counts articles without parsing them, so a large ingest can report progress against a total. */
    public long countArticles(Path file) throws IOException {
        try (BufferedReader reader = open(file)) {
            return reader.lines().filter(line -> !line.isBlank()).count();
        }
    }

    /** Reads every article; {@code sink} receives each article's chunks. Malformed lines fail the file with its line number. */
    public void read(Path file, Consumer<SourceBatch> sink) throws IOException {
        try (BufferedReader reader = open(file)) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                Article article;
                try {
                    article = json.readValue(line, Article.class);
                } catch (IOException e) {
                    throw new InvalidSourceException(file.getFileName() + " line " + lineNumber + ": not valid JSON");
                }
                if (article.docId() == null || article.text() == null) {
                    throw new InvalidSourceException(
                            file.getFileName() + " line " + lineNumber + ": needs doc_id and text");
                }
                sink.accept(batch(article));
            }
        }
    }

    SourceBatch batch(Article article) {
        String law = article.lawFullTitle() != null && !article.lawFullTitle().isBlank()
                ? article.lawFullTitle()
                : article.law() == null ? "" : article.law();
        String section = join(article.article(), article.heading());
        Validity validity;
        try {
            validity = Validity.parse(article.validity());
        } catch (IllegalArgumentException e) {
            throw new InvalidSourceException(article.docId() + ": validity must be valid, repealed or superseded");
        }
        SourceDocument document = new SourceDocument(
                article.docId(),
                SourceKind.STATUTE,
                law,
                text(article.issuer()),
                text(article.sourceUrl()),
                "",
                text(article.version()),
                validity,
                "zh",
                text(article.version()),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                "");
        List<String> parts = split(article.text().strip(), config.maxChunkChars());
        List<KnowledgeChunk> chunks = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            String chunkId = article.docId() + (parts.size() == 1 ? "" : "#part" + (i + 1));
            chunks.add(new KnowledgeChunk(
                    chunkId,
                    article.docId(),
                    SourceKind.STATUTE,
                    "zh",
                    validity,
                    law,
                    section,
                    "article",
                    i,
                    parts.get(i),
                    parts.get(i)));
        }
        return new SourceBatch(document, chunks);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String join(String article, String heading) {
        String a = article == null ? "" : article.strip();
        String h = heading == null ? "" : heading.strip();
        return h.isEmpty() ? a : a + " · " + h;
    }

    /** Splits at the last sentence end (。；;.) before the limit so no part is cut mid-sentence when avoidable. */
    static List<String> split(String text, int limit) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > limit) {
            int cut = -1;
            for (int i = limit; i > limit / 2; i--) {
                char c = rest.charAt(i - 1);
                if (c == '。' || c == '；' || c == ';' || c == '.') {
                    cut = i;
                    break;
                }
            }
            cut = cut < 0 ? limit : cut;
            parts.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    private static BufferedReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
