package org.courtguide.disclosure;

import java.util.List;

/**
 * The disclosure as one page language shows it: the measured shares in plain sentences, dates in the configured time
 * zone and the page's words, the sources in the page's language first with their status in words. The raw figures
 * stay in {@link #disclosure()} for the technical details.
 */
public record DisclosureView(
        Disclosure disclosure,
        String answeredBy,
        String answersIntro,
        List<String> headline,
        String searchSentence,
        String indexedAt,
        String retrievalDate,
        String answersDate,
        String lastUpdated,
        String timeZone,
        List<SourceRow> sources) {

    /** One row of the sources table. */
    public record SourceRow(
            String title, String issuer, String effective, String validity, String language, String href) {}
}
