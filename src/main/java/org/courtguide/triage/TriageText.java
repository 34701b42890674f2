package org.courtguide.triage;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.courtguide.Language;

/** The intake's message bundle for code that is not a template (labels, errors, the summary). */
@ApplicationScoped
public class TriageText {

    public TriageMessages messages(Language language) {
        return MessageBundles.get(TriageMessages.class, Localized.Literal.of(language.code()));
    }

    /** The words of a dispute type code in {@code language}, e.g. {@code traffic_accident}: "A traffic accident". */
    public String disputeType(Language language, String code) {
        return new IntakeLabels(messages(language), null, language).choice(Intake.TYPE, code);
    }

    /**
     * The intake field (e.g. {@code contact_detail}) that a line of a stored summary shows, found by its label in the
     * summary's language; empty for lines that are no single field (the suggested path).
     */
    public Optional<String> fieldOfSummaryLabel(Language language, String label) {
        IntakeLabels labels = new IntakeLabels(messages(language), null, language);
        return Intake.FIELDS.stream()
                .filter(f -> !f.equals(Intake.REDACT))
                .filter(f -> labels.summaryLabel(f).equals(label))
                .findFirst();
    }
}
