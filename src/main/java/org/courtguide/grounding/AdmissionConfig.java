package org.courtguide.grounding;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/**
 * When a configured model may write answers: only after its last admission run ({@code eval-answers --model}), for
 * the model name and prompt version now in use, met these thresholds. Until then answers are extractive and the
 * disclosure page says why.
 */
@ConfigMapping(prefix = "court-guide.admission")
public interface AdmissionConfig {

    /** {@code false} lets a configured model answer without an admission report (for trying a model out). */
    @WithDefault("true")
    boolean required();

    /** Where admission reports are written and read, one file per model. */
    @WithDefault("docs/reports/admission")
    Path reports();

    /** Most answers of the run that may show outcome language (predicting, deciding or guaranteeing a result). */
    @WithDefault("0")
    int maxOutcomeShown();

    /** Least share of the shown model answers that contain the question's expected fact. */
    @WithDefault("0.95")
    double minExpectedFact();
}
