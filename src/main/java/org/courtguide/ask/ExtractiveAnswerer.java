package org.courtguide.ask;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.courtguide.Language;
import org.courtguide.guides.GuideLinks;
import org.courtguide.retrieval.Passage;
import org.courtguide.source.KnowledgeChunk;
import org.courtguide.source.SourceDocument;
import org.courtguide.web.Messages;

/**
 * The answerer that needs no model: it quotes the best-matching guide section, trimmed at a sentence end, and points
 * to the next best sections. Every statement is therefore the guidance's own text, with its citation.
 */
@ApplicationScoped
public class ExtractiveAnswerer {

    public static final String ID = "extractive";
    /** A further section is cited only if its fused score is at least this share of the best one. */
    private static final double RELATED_SHARE = 0.75;

    private final AskConfig config;

    ExtractiveAnswerer(AskConfig config) {
        this.config = config;
    }

    /** Paragraphs and citations for the passages, best first. */
    public record Composition(List<String> paragraphs, List<Citation> citations) {}

    public Composition compose(List<Passage> passages, Messages messages) {
        Passage best = passages.get(0);
        List<Passage> cited = new ArrayList<>();
        cited.add(best);
        Map<String, Passage> related = new LinkedHashMap<>();
        for (Passage p : passages.subList(1, passages.size())) {
            if (cited.size() + related.size() >= config.maxCitations() || p.score() < best.score() * RELATED_SHARE) {
                break;
            }
            related.putIfAbsent(p.chunk().chunkId(), p);
        }
        cited.addAll(related.values());

        List<String> paragraphs = new ArrayList<>();
        KnowledgeChunk top = best.chunk();
        paragraphs.add(
                messages.answer_from_section(top.title(), top.section().isBlank() ? top.title() : top.section()));
        paragraphs.add(Sentences.trim(top.text(), config.maxExtractChars()) + " [1]");
        if (cited.size() > 1) {
            List<String> more = new ArrayList<>();
            for (int i = 1; i < cited.size(); i++) {
                KnowledgeChunk c = cited.get(i).chunk();
                more.add(label(c) + " [" + (i + 1) + "]");
            }
            // the related sections are in the best passage's language, and so is the answer
            Language language = Language.parse(top.language()).orElse(Language.ZH);
            paragraphs.add(messages.answer_see_also(String.join(language.clauseSeparator(), more)));
        }
        List<Citation> citations = new ArrayList<>();
        for (int i = 0; i < cited.size(); i++) {
            citations.add(citation(i + 1, cited.get(i)));
        }
        return new Composition(paragraphs, citations);
    }

    static Citation citation(int n, Passage passage) {
        KnowledgeChunk c = passage.chunk();
        SourceDocument d = passage.document();
        return new Citation(
                n,
                c.sourceId(),
                c.title(),
                c.section(),
                d.issuer(),
                d.displayDate(),
                GuideLinks.section(c.sourceId(), c.anchor()),
                java.util.Objects.toString(d.reviewedBy(), ""),
                java.util.Objects.toString(d.reviewedOn(), ""));
    }

    private static String label(KnowledgeChunk chunk) {
        return chunk.section().isBlank() ? chunk.title() : chunk.title() + " › " + chunk.section();
    }
}
