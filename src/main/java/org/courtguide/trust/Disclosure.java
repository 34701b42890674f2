package org.courtguide.trust;

import java.util.List;

/**
 * Everything the disclosure page and {@code GET /api/disclosure} state. Figures come from the evaluation reports
 * and the index, never from text typed into a template; a figure that has not been measured is null.
 */
public record Disclosure(
        String operator,
        String answeredBy,
        String knowledgeVersion,
        String indexedAt,
        long indexedChunks,
        List<Source> sources,
        RetrievalFigures retrieval,
        AnswerFigures answers,
        int retentionDays,
        String reportContact,
        String lastUpdated) {

    /** A knowledge source as listed for the public. */
    public record Source(String id, String title, String issuer, String published, String effective, String validity,
            String language, String href) {
    }

    /** From the latest retrieval evaluation report. */
    public record RetrievalFigures(String date, int questions, long corpusChunks, Double recallAt5, Double recallAt10,
            Double mrrAt10, Double latencyP95Ms, Double baselineRecallAt5) {
    }

    /** From the latest answer evaluation report. */
    public record AnswerFigures(String date, int questions, Double answeredWhenCovered, Double abstainedWhenNotCovered,
            Double citationsResolve, Double expectedGuideCited) {
    }
}
