package org.courtguide.ask;

import java.util.List;
import org.courtguide.safety.Contact;

/**
 * The JSON shape of an answer (the HTTP contract): answer text, numbered citations, abstention, trace id and the
 * short reference a person reads out on the phone; for a crisis reply the numbers to call now, in order.
 */
public record AskResponse(
        String answer,
        List<Citation> citations,
        boolean abstained,
        String traceId,
        String knowledgeVersion,
        String language,
        String notice,
        String answeredBy,
        List<GuideLink> suggestions,
        String route,
        String reference,
        List<Contact> emergencyContacts) {

    static AskResponse of(AskService.Outcome outcome) {
        Answer a = outcome.answer();
        return new AskResponse(
                a.text(),
                a.citations(),
                a.abstained(),
                a.traceId(),
                a.knowledgeVersion(),
                a.language().code(),
                a.notice(),
                a.answeredBy(),
                a.suggestions(),
                outcome.route(),
                outcome.reference(),
                a.emergencyContacts());
    }
}
