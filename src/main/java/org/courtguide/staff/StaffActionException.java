package org.courtguide.staff;

import org.courtguide.triage.CaseStatus;

/** A staff action that cannot be done as asked; the pages and the API turn it into a polite message. */
public class StaffActionException extends RuntimeException {

    /** Why. */
    public enum Reason {
        /** Someone else changed the case first (optimistic locking). */
        CONFLICT,
        /** The workflow does not allow this status change. */
        TRANSITION_NOT_ALLOWED,
        NOTE_EMPTY,
        NOTE_TOO_LONG
    }

    private final Reason reason;
    private final CaseStatus from;
    private final CaseStatus to;

    StaffActionException(Reason reason) {
        this(reason, null, null);
    }

    StaffActionException(Reason reason, CaseStatus from, CaseStatus to) {
        super(reason.name(), null, false, false);
        this.reason = reason;
        this.from = from;
        this.to = to;
    }

    public Reason reason() {
        return reason;
    }

    public CaseStatus from() {
        return from;
    }

    public CaseStatus to() {
        return to;
    }

    /** 409 for a conflict or a refused transition, 400 for an unusable note. */
    public int httpStatus() {
        return reason == Reason.CONFLICT || reason == Reason.TRANSITION_NOT_ALLOWED ? 409 : 400;
    }
}
