package org.courtguide.cases;

/** Where a submitted dispute stands in the mediation centre's queue. */
public enum CaseStatus {
    NEW,
    CONTACTED,
    IN_MEDIATION,
    RESOLVED,
    REFERRED_TO_COURT,
    CLOSED;

    /** Closed states take the case off the working queue. */
    public boolean isOpen() {
        return this == NEW || this == CONTACTED || this == IN_MEDIATION;
    }
}
