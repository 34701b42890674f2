package org.courtguide.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.courtguide.source.KnowledgeChunk;
import org.courtguide.source.SourceBatch;
import org.courtguide.source.SourceDocument;
import org.courtguide.source.SourceKind;
import org.courtguide.source.Validity;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a Markdown guide: YAML front matter (SnakeYAML) for the metadata and the CommonMark body split into one
 * chunk per section. The heading path and an anchor travel with each section so a citation can link to it.
 */
@ApplicationScoped
public class GuideParser {

    private static final String FENCE = "---";

    private final Parser markdown =
            Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private final TextContentRenderer plainText = TextContentRenderer.builder().build();

    /** A parsed guide: its metadata and its sections in reading order. */
    public record ParsedGuide(SourceDocument document, List<KnowledgeChunk> sections) {

        public SourceBatch asBatch() {
            return new SourceBatch(document, sections);
        }
    }

    public ParsedGuide parse(String fileName, String content) {
        String normalized = content.replace("\r\n", "\n");
        if (normalized.startsWith("\uFEFF")) {
            normalized = normalized.substring(1);
        }
        List<String> lines = normalized.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
            throw new InvalidSourceException(fileName + ": a guide starts with YAML front matter between '---' lines");
        }
        int end = 1;
        while (end < lines.size() && !lines.get(end).strip().equals(FENCE)) {
            end++;
        }
        if (end == lines.size()) {
            throw new InvalidSourceException(fileName + ": the front matter is not closed with '---'");
        }
        SourceDocument document = metadata(fileName, String.join("\n", lines.subList(1, end)));
        List<String> body = lines.subList(end + 1, lines.size());
        return new ParsedGuide(document, sections(document, body));
    }

    private SourceDocument metadata(String fileName, String yamlText) {
        Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yamlText);
        if (!(loaded instanceof Map<?, ?> yaml)) {
            throw new InvalidSourceException(fileName + ": the front matter is not a YAML mapping");
        }
        String id = required(yaml, "id", fileName);
        String language = required(yaml, "language", fileName);
        if (!language.equals("zh") && !language.equals("en")) {
            throw new InvalidSourceException(fileName + ": language must be zh or en");
        }
        Validity validity;
        try {
            validity = Validity.parse(yaml.get("validity"));
        } catch (IllegalArgumentException e) {
            throw new InvalidSourceException(fileName + ": validity must be valid, repealed or superseded");
        }
        return new SourceDocument(
                id,
                SourceKind.GUIDE,
                required(yaml, "title", fileName),
                text(yaml.get("issuer")),
                text(yaml.get("source_url")),
                date(yaml.get("published")),
                date(yaml.get("effective")),
                validity,
                language,
                text(yaml.get("law_version")),
                strings(yaml.get("topics")),
                strings(yaml.get("audience")),
                cites(yaml.get("cites")),
                strings(yaml.get("easy_read")),
                glossary(yaml.get("glossary")),
                text(yaml.get("translation_of")),
                text(either(yaml, "reviewed-by", "reviewed_by")),
                date(either(yaml, "reviewed-on", "reviewed_on")));
    }

    /** Front matter keys are written with underscores, but the review fields are also accepted with hyphens. */
    private static Object either(Map<?, ?> yaml, String key, String alternative) {
        return yaml.containsKey(key) ? yaml.get(key) : yaml.get(alternative);
    }

    private List<KnowledgeChunk> sections(SourceDocument doc, List<String> bodyLines) {
        Node root = markdown.parse(String.join("\n", bodyLines));
        List<KnowledgeChunk> chunks = new ArrayList<>();
        List<String> headingPath = new ArrayList<>();
        String title = doc.title();
        SectionBuilder current = new SectionBuilder("", Anchors.OVERVIEW);
        for (Node node = root.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                String headingText = plainText.render(heading).strip();
                if (heading.getLevel() == 1) {
                    title = headingText.isEmpty() ? title : headingText;
                    continue;
                }
                current.addTo(chunks, doc, title);
                int depth = heading.getLevel() - 2;
                while (headingPath.size() > depth) {
                    headingPath.remove(headingPath.size() - 1);
                }
                headingPath.add(headingText);
                current = new SectionBuilder(String.join(" › ", headingPath), Anchors.slug(headingText, chunks.size()));
            } else {
                current.add(plainText.render(node).strip(), source(node, bodyLines));
            }
        }
        current.addTo(chunks, doc, title);
        return chunks;
    }

    private static String source(Node node, List<String> bodyLines) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return "";
        }
        int first = spans.get(0).getLineIndex();
        int last = spans.get(spans.size() - 1).getLineIndex();
        return String.join("\n", bodyLines.subList(first, Math.min(last + 1, bodyLines.size())));
    }

    /** Collects the blocks under one heading. */
    private static final class SectionBuilder {
        private final String section;
        private final String anchor;
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder source = new StringBuilder();

        SectionBuilder(String section, String anchor) {
            this.section = section;
            this.anchor = anchor;
        }

        void add(String plain, String markdownSource) {
            if (plain.isEmpty()) {
                return;
            }
            text.append(text.isEmpty() ? "" : "\n").append(plain);
            source.append(source.isEmpty() ? "" : "\n\n").append(markdownSource);
        }

        void addTo(List<KnowledgeChunk> chunks, SourceDocument doc, String title) {
            if (text.isEmpty()) {
                return;
            }
            int order = chunks.size();
            chunks.add(new KnowledgeChunk(
                    doc.id() + "#" + anchor,
                    doc.id(),
                    SourceKind.GUIDE,
                    doc.language(),
                    doc.validity(),
                    title,
                    section,
                    anchor,
                    order,
                    text.toString(),
                    source.toString()));
        }
    }

    private static String required(Map<?, ?> yaml, String key, String fileName) {
        String value = text(yaml.get(key));
        if (value.isBlank()) {
            throw new InvalidSourceException(fileName + ": front matter needs '" + key + "'");
        }
        return value;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }

    /** YAML turns unquoted dates into java.util.Date; keep them as ISO dates. */
    private static String date(Object value) {
        if (value instanceof java.util.Date date) {
            return LocalDate.ofInstant(date.toInstant(), java.time.ZoneOffset.UTC)
                    .toString();
        }
        return text(value);
    }

    private static List<String> strings(Object value) {
        if (value instanceof Collection<?> items) {
            return items.stream()
                    .map(GuideParser::text)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }
        String single = text(value);
        return single.isEmpty() ? List.of() : List.of(single);
    }

    private static List<SourceDocument.Citation> cites(Object value) {
        if (!(value instanceof Collection<?> items)) {
            return List.of();
        }
        return items.stream()
                .filter(Map.class::isInstance)
                .map(Map.class::cast)
                .map(m -> new SourceDocument.Citation(text(m.get("law")), strings(m.get("articles"))))
                .toList();
    }

    private static List<SourceDocument.GlossaryEntry> glossary(Object value) {
        if (!(value instanceof Collection<?> items)) {
            return List.of();
        }
        return items.stream()
                .filter(Map.class::isInstance)
                .map(Map.class::cast)
                .map(m -> new SourceDocument.GlossaryEntry(text(m.get("term")), text(m.get("meaning"))))
                .toList();
    }
}
