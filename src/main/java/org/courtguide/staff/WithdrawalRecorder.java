package org.courtguide.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.courtguide.staff.AuditEvent.Action;
import org.courtguide.staff.AuditEvent.Subject;
import org.courtguide.triage.CaseWithdrawn;

/**
 * When a person withdraws a case: a tombstone for the mediator who worked on it and an audit event, in the
 * withdrawal's own transaction (if they cannot be written, the withdrawal does not happen either).
 */
@ApplicationScoped
class WithdrawalRecorder {

    private final AuditLog audit;

    WithdrawalRecorder(AuditLog audit) {
        this.audit = audit;
    }

    void onWithdrawn(@Observes CaseWithdrawn withdrawn) {
        CaseWithdrawal tombstone = new CaseWithdrawal();
        tombstone.caseId = withdrawn.caseId();
        tombstone.reference = withdrawn.reference();
        tombstone.assignedTo = withdrawn.assignedTo();
        tombstone.withdrawnAt = withdrawn.at();
        tombstone.persist();
        audit.record(AuditLog.PERSON, Action.WITHDRAWN, Subject.CASE, withdrawn.reference(), withdrawn.assignedTo());
    }
}
