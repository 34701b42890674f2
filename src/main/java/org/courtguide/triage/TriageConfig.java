package org.courtguide.triage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** The data the dispute intake decides with, and the small claims fraction. */
@ConfigMapping(prefix = "court-guide.triage")
public interface TriageConfig {

    /**
     * The routing rules (YAML, see {@code docs/triage.md}). Kept as data so that they can be reviewed with their legal
     * basis and changed without a release; when the file is absent the copy packaged on the classpath is used.
     */
    @WithDefault("knowledge/rules/triage/triage-rules.yaml")
    Path rules();

    /** Average annual wages of employed persons per province, for the small claims threshold. */
    @WithDefault("knowledge/rules/triage/average-wages.yaml")
    Path wages();

    /** The fee bands of the Measures on the Payment of Litigation Costs. */
    @WithDefault("knowledge/rules/triage/fee-bands.yaml")
    Path fees();

    /**
     * The share of the province's average annual wage up to which a money claim is a small claim (Civil Procedure
     * Law Article 165: 50 %). A setting because the law has changed this figure before.
     */
    @WithDefault("0.5")
    double smallClaimsFraction();

    /**
     * Within how many working days the mediation centre contacts a person who asked to be contacted; the confirmation
     * page promises it. A setting because each centre states its own.
     */
    @WithDefault("3")
    int replyWithinWorkingDays();

    /** The longest free-text answer (description), in characters. */
    @WithDefault("2000")
    int maxDescriptionChars();
}
