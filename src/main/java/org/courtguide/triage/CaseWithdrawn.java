package org.courtguide.triage;

import java.time.Instant;

/**
 * Fired in the withdrawal's transaction, just before the case is deleted: who else needs to know (the staff
 * workspace) learns the reference and who worked on it, never what the person wrote.
 */
public record CaseWithdrawn(String caseId, String reference, String assignedTo, Instant at) {}
