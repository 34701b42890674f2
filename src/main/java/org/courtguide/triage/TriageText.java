package org.courtguide.triage;

import jakarta.enterprise.context.ApplicationScoped;

import org.courtguide.Language;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The intake's message bundle for code that is not a template (labels, errors, the summary). */
@ApplicationScoped
public class TriageText {

    public TriageMessages messages(Language language) {
        return MessageBundles.get(TriageMessages.class, Localized.Literal.of(language.code()));
    }
}
