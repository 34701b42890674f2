package org.courtguide.disclosure;

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
        String lastUpdated,
        String timeZone,
        Summary summary) {

    /** A knowledge source as listed for the public. */
    public record Source(
            String id,
            String title,
            String issuer,
            String published,
            String effective,
            String validity,
            String language,
            String href) {}

    /** From the latest retrieval evaluation report. */
    public record RetrievalFigures(
            String date,
            int questions,
            long corpusChunks,
            Double recallAt5,
            Double recallAt10,
            Double mrrAt10,
            Double latencyP95Ms,
            Double baselineRecallAt5) {}

    /**
     * The figures in plain words, as the page states them: what share of the test questions the assistant handled
     * well ("about 9 in 10"), with the dates in {@link #timeZone()} (ISO {@code yyyy-MM-dd}). The headline is about
     * answers (the answer evaluation); the search figure comes second. Null parts were not measured.
     */
    public record Summary(
            String answersCheckedOn,
            Integer answerQuestions,
            Share answered,
            Share declined,
            Share expectedGuideCited,
            String searchCheckedOn,
            Integer searchQuestions,
            Share searchTop5) {}

    /** A measured share, rounded to tenths for reading out: {@code ratio} 0.9375 is about 9 in 10. */
    public record Share(double ratio, int inTen, Extent extent) {

        /** How the share is said: "all", "nearly all" (rounds to 10 but is not all), "about n in 10", "fewer than 1 in 10". */
        public enum Extent {
            ALL,
            NEARLY_ALL,
            ABOUT,
            FEW
        }

        public static Share of(Double ratio) {
            if (ratio == null) {
                return null;
            }
            int inTen = (int) Math.round(ratio * 10);
            Extent extent = ratio >= 1.0
                    ? Extent.ALL
                    : inTen >= 10 ? Extent.NEARLY_ALL : inTen <= 0 ? Extent.FEW : Extent.ABOUT;
            return new Share(ratio, inTen, extent);
        }
    }

    /** From the latest answer evaluation report. */
    public record AnswerFigures(
            String date,
            int questions,
            Double answeredWhenCovered,
            Double abstainedWhenNotCovered,
            Double citationsResolve,
            Double expectedGuideCited) {}
}
