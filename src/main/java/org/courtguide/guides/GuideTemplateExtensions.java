package org.courtguide.guides;

import io.quarkus.qute.TemplateExtension;
import org.courtguide.Language;
import org.courtguide.source.SourceDocument;

/** Values templates need about a source, computed here so templates hold no logic. */
@TemplateExtension
public class GuideTemplateExtensions {

    /** {@code {document.href}}: the page of the source. */
    static String href(SourceDocument document) {
        return GuideLinks.source(document.id());
    }

    /** {@code {cite.line(document.language)}}: the law and its cited articles as one line, punctuated in that language. */
    static String line(SourceDocument.Citation cite, String language) {
        Language lang = Language.parse(language).orElse(Language.ZH);
        return cite.law() + lang.labelSeparator() + String.join(lang.listSeparator(), cite.articles());
    }
}
