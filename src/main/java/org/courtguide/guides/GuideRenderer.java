package org.courtguide.guides;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.courtguide.knowledge.KnowledgeChunk;
import org.courtguide.knowledge.Validity;
import org.courtguide.retrieval.StoredSource;
import org.courtguide.web.Messages;

/**
 * Turns an indexed source into its page view. Markdown is rendered with raw HTML escaped and unsafe URLs removed,
 * because a knowledge document is content, not code.
 */
@ApplicationScoped
class GuideRenderer {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer html = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    GuideView view(StoredSource source, Messages messages) {
        List<GuideView.Section> sections = source.sections().stream().map(this::section).toList();
        String other = source.document().translationOf();
        Validity validity = source.document().validity();
        String label = switch (validity) {
            case VALID -> messages.validity_valid();
            case REPEALED -> messages.validity_repealed();
            case SUPERSEDED -> messages.validity_superseded();
        };
        return new GuideView(source.document(), sections, validity == Validity.VALID, label,
                other == null || other.isBlank() ? null : GuideLinks.source(other));
    }

    private GuideView.Section section(KnowledgeChunk chunk) {
        return new GuideView.Section(chunk.anchor(), chunk.section(), html.render(parser.parse(chunk.markdown())));
    }
}
