package org.courtguide.staff;

import java.time.Instant;
import org.courtguide.cases.CaseStatus;

/** A staff action that cannot be done as asked; the pages and the API turn it into a polite message. */
public class StaffActionException extends RuntimeException {

    /** Why. */
    public enum Reason {
        /** Someone else changed the case first (optimistic locking). */
        CONFLICT,
        /** The workflow does not allow this status change. */
        TRANSITION_NOT_ALLOWED,
        NOTE_EMPTY,
        NOTE_TOO_LONG,
        /** A contact attempt without a known channel or outcome, or with an unreadable follow-up date. */
        CONTACT_INVALID,
        /** The person withdrew the case: only its tombstone is left. */
        WITHDRAWN
    }

    private final Reason reason;
    private final CaseStatus from;
    private final CaseStatus to;
    private final Long currentVersion;
    private final CaseWithdrawal withdrawal;

    StaffActionException(Reason reason) {
        this(reason, null, null, null, null);
    }

    StaffActionException(Reason reason, CaseStatus from, CaseStatus to) {
        this(reason, from, to, null, null);
    }

    private StaffActionException(
            Reason reason, CaseStatus from, CaseStatus to, Long currentVersion, CaseWithdrawal withdrawal) {
        super(reason.name(), null, false, false);
        this.reason = reason;
        this.from = from;
        this.to = to;
        this.currentVersion = currentVersion;
        this.withdrawal = withdrawal;
    }

    /** Someone else changed the case: the caller gets the version to read again. */
    static StaffActionException conflict(Long currentVersion) {
        return new StaffActionException(Reason.CONFLICT, null, null, currentVersion, null);
    }

    static StaffActionException withdrawn(CaseWithdrawal tombstone) {
        return new StaffActionException(Reason.WITHDRAWN, null, null, null, tombstone);
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

    /** The case's version now, on a conflict (null when it could not be read). */
    public Long currentVersion() {
        return currentVersion;
    }

    public String withdrawnReference() {
        return withdrawal == null ? null : withdrawal.reference;
    }

    public Instant withdrawnAt() {
        return withdrawal == null ? null : withdrawal.withdrawnAt;
    }

    /** 409 for a conflict or a refused transition, 410 for a withdrawn case, 400 for unusable input. */
    public int httpStatus() {
        return switch (reason) {
            case CONFLICT, TRANSITION_NOT_ALLOWED -> 409;
            case WITHDRAWN -> 410;
            default -> 400;
        };
    }
}
