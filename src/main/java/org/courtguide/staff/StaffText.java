package org.courtguide.staff;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.courtguide.cases.CaseStatus;
import org.courtguide.web.Page;

/** The staff bundle in a page's language, and the sentences the pages and the API both give for a refused action. */
final class StaffText {

    private StaffText() {}

    static StaffMessages messages(Page page) {
        return MessageBundles.get(StaffMessages.class, Localized.Literal.of(page.lang()));
    }

    static String refusal(StaffActionException e, StaffMessages m, int noteMax) {
        return switch (e.reason()) {
            case CONFLICT -> m.conflict();
            case TRANSITION_NOT_ALLOWED -> m.transition_not_allowed(status(m, e.from()), status(m, e.to()));
            case NOTE_EMPTY -> m.note_empty();
            case NOTE_TOO_LONG -> m.note_too_long(noteMax);
            case CONTACT_INVALID -> m.contact_invalid();
            case WITHDRAWN -> m.withdrawn_title(e.withdrawnReference());
        };
    }

    private static String status(StaffMessages m, CaseStatus status) {
        return switch (status) {
            case NEW -> m.status_new();
            case CONTACTED -> m.status_contacted();
            case IN_MEDIATION -> m.status_in_mediation();
            case RESOLVED -> m.status_resolved();
            case REFERRED_TO_COURT -> m.status_referred_to_court();
            case CLOSED -> m.status_closed();
        };
    }
}
