package org.courtguide.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import org.courtguide.Language;

/** Message bundles for code that is not a template (API errors, answers). */
@ApplicationScoped
public class Localizer {

    public Messages messages(Language language) {
        return MessageBundles.get(Messages.class, Localized.Literal.of(language.code()));
    }
}
