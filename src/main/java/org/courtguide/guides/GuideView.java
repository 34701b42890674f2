package org.courtguide.guides;

import java.util.List;
import org.courtguide.source.SourceDocument;

/** A source prepared for its page: metadata plus sections whose Markdown is already rendered to safe HTML. */
public record GuideView(
        SourceDocument document,
        List<Section> sections,
        boolean inForce,
        String validityLabel,
        String otherLanguageHref) {

    /** One section; {@code html} comes from escaped Markdown, so raw HTML in a source can never reach the page. */
    public record Section(String anchor, String heading, String html) {}
}
