package org.courtguide.guides;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.commonmark.renderer.html.HtmlRenderer;
import org.courtguide.source.KnowledgeChunk;
import org.courtguide.source.Validity;
import org.courtguide.retrieval.StoredSource;
import org.courtguide.web.LanguageRuns;
import org.courtguide.web.Messages;

/**
 * Turns an indexed source into its page view. Markdown is rendered with raw HTML escaped and unsafe URLs removed,
 * because a knowledge document is content, not code.
 */
@ApplicationScoped
class GuideRenderer {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer html = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    /** For English guides: Chinese terms in the text are marked {@code lang="zh"} (WCAG SC 3.1.2). */
    private final HtmlRenderer english = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .nodeRendererFactory(ChineseRunRenderer::new).build();

    /** Renders text nodes as escaped text, with Chinese runs inside {@code <span lang="zh">}. */
    private static final class ChineseRunRenderer implements NodeRenderer {

        private final HtmlWriter writer;

        ChineseRunRenderer(HtmlNodeRendererContext context) {
            this.writer = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Text.class);
        }

        @Override
        public void render(Node node) {
            for (LanguageRuns.Run run : LanguageRuns.split(((Text) node).getLiteral(), "en")) {
                if (run.lang() == null) {
                    writer.text(run.text());
                } else {
                    writer.tag("span", Map.of("lang", run.lang()));
                    writer.text(run.text());
                    writer.tag("/span");
                }
            }
        }
    }

    GuideView view(StoredSource source, Messages messages) {
        HtmlRenderer renderer = "en".equals(source.document().language()) ? english : html;
        List<GuideView.Section> sections = source.sections().stream().map(c -> section(c, renderer)).toList();
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

    private GuideView.Section section(KnowledgeChunk chunk, HtmlRenderer renderer) {
        return new GuideView.Section(chunk.anchor(), chunk.section(), renderer.render(parser.parse(chunk.markdown())));
    }
}
