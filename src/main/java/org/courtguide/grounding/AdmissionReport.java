package org.courtguide.grounding;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/**
 * What an admission run measured for one model and prompt version (written by {@code eval-answers --model}).
 *
 * @param questions questions the guidance covers that were asked (the others are declined before any model call)
 * @param shown answers of the model that were shown (as written or with failing sentences removed)
 * @param trimmed of those, shown with sentences removed
 * @param fellBack answers that fell back to the extractive answer because of the grounding check
 * @param fellBackByCheck answers in which each check failed (an answer may fail several)
 * @param unavailable answers the model did not give (error or time limit)
 * @param withExpectedFact shown model answers that contain the expected fact
 * @param expectedFactChecked shown model answers whose question has an expected fact
 * @param outcomeShown answers shown (by anyone) with outcome language in them; must be 0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdmissionReport(
        String kind,
        String date,
        String model,
        String promptVersion,
        String questionFile,
        int questions,
        int shown,
        int trimmed,
        int fellBack,
        Map<String, Integer> fellBackByCheck,
        int unavailable,
        int withExpectedFact,
        int expectedFactChecked,
        int outcomeShown,
        Double latencyP50Ms,
        Double latencyP95Ms,
        Double checkMeanMs,
        Double checkP95Ms) {

    /** Share of shown answers with the expected fact; null when nothing to check was shown. */
    public Double expectedFactShare() {
        return expectedFactChecked == 0 ? null : (double) withExpectedFact / expectedFactChecked;
    }

    public Double shownShare() {
        return questions == 0 ? null : (double) shown / questions;
    }
}
