package org.courtguide.guides;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.courtguide.laws.ArticleReferences;
import org.courtguide.laws.LawLibrary;
import org.courtguide.retrieval.StoredSource;
import org.courtguide.source.KnowledgeChunk;
import org.courtguide.source.Validity;
import org.courtguide.web.LanguageRuns;
import org.courtguide.web.Messages;

/**
 * Turns an indexed source into its page view. Markdown is rendered with raw HTML escaped and unsafe URLs removed,
 * because a knowledge document is content, not code.
 */
@ApplicationScoped
class GuideRenderer {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer html;
    /** For English guides: Chinese terms in the text are marked {@code lang="zh"} (WCAG SC 3.1.2). */
    private final HtmlRenderer english;

    GuideRenderer(LawLibrary laws) {
        this.html = HtmlRenderer.builder()
                .escapeHtml(true)
                .sanitizeUrls(true)
                .nodeRendererFactory(context -> new TextRenderer(context, laws, false))
                .build();
        this.english = HtmlRenderer.builder()
                .escapeHtml(true)
                .sanitizeUrls(true)
                .nodeRendererFactory(context -> new TextRenderer(context, laws, true))
                .build();
    }

    /**
     * Renders text nodes as escaped text. Every article the text names that the law library holds becomes a link
     * to it ({@code /laws/{id}#art-{n}}); in English guides Chinese runs go inside {@code <span lang="zh">}.
     */
    private static final class TextRenderer implements NodeRenderer {

        private final HtmlWriter writer;
        private final LawLibrary laws;
        private final boolean markChinese;

        TextRenderer(HtmlNodeRendererContext context, LawLibrary laws, boolean markChinese) {
            this.writer = context.getWriter();
            this.laws = laws;
            this.markChinese = markChinese;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Text.class);
        }

        @Override
        public void render(Node node) {
            String text = ((Text) node).getLiteral();
            int at = 0;
            for (ArticleReferences.Reference ref : laws.references(text)) {
                if (ref.law().isEmpty()
                        || ref.law().get().article(ref.article()).isEmpty()
                        || ref.start() < at) {
                    continue;
                }
                plain(text.substring(at, ref.start()));
                writer.tag("a", Map.of("href", ref.law().get().href(ref.article()), "class", "article-link"));
                plain(text.substring(ref.start(), ref.end()));
                writer.tag("/a");
                at = ref.end();
            }
            plain(text.substring(at));
        }

        private void plain(String text) {
            if (!markChinese) {
                writer.text(text);
                return;
            }
            for (LanguageRuns.Run run : LanguageRuns.split(text, "en")) {
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
        List<GuideView.Section> sections =
                source.sections().stream().map(c -> section(c, renderer)).toList();
        String other = source.document().translationOf();
        Validity validity = source.document().validity();
        String label = switch (validity) {
            case VALID -> messages.validity_valid();
            case REPEALED -> messages.validity_repealed();
            case SUPERSEDED -> messages.validity_superseded();
        };
        return new GuideView(
                source.document(),
                sections,
                validity == Validity.VALID,
                label,
                other == null || other.isBlank() ? null : GuideLinks.source(other));
    }

    private GuideView.Section section(KnowledgeChunk chunk, HtmlRenderer renderer) {
        return new GuideView.Section(chunk.anchor(), chunk.section(), renderer.render(parser.parse(chunk.markdown())));
    }
}
