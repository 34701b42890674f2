package org.courtguide.disclosure;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the disclosure page reads. */
@ConfigMapping(prefix = "court-guide.disclosure")
public interface DisclosureConfig {

    /** Who operates this deployment (the court or centre), shown on the disclosure page. */
    Optional<String> operator();

    /** The retrieval evaluation report written by the {@code eval} command. */
    @WithDefault("docs/reports/eval-articles.json")
    Path retrievalReport();

    /** The answer evaluation report written by the {@code eval-answers} command. */
    @WithDefault("docs/reports/eval-answers.json")
    Path answersReport();

    /** The time zone of the dates the page shows (the reports store UTC instants). */
    @WithDefault("Asia/Shanghai")
    String timeZone();

    /** Where to report a wrong answer besides the button under each answer (an e-mail address or URL). */
    Optional<String> reportContact();

    /** Extra documented limitations are in the message bundles; this lists known gaps a court wants to add. */
    Optional<List<String>> extraLimitations();
}
