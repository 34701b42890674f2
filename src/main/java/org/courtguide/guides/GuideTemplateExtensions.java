package org.courtguide.guides;

import org.courtguide.knowledge.SourceDocument;

import io.quarkus.qute.TemplateExtension;

/** Values templates need about a source, computed here so templates hold no logic. */
@TemplateExtension
public class GuideTemplateExtensions {

    /** {@code {document.href}}: the page of the source. */
    static String href(SourceDocument document) {
        return GuideLinks.source(document.id());
    }

    /** {@code {cite.articleList}}: the cited articles as one line. */
    static String articleList(SourceDocument.Citation cite) {
        return String.join(", ", cite.articles());
    }
}
