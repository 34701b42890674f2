package org.courtguide.staff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * The tombstone of a case the person withdrew: the reference, when, and who was working on it, so that the mediator
 * learns what happened instead of meeting a missing page. Nothing the person wrote is kept.
 */
@Entity
@Table(name = "case_withdrawal")
public class CaseWithdrawal extends PanacheEntityBase {

    /** The id the case had, so that its old address still explains itself. */
    @Id
    @Column(name = "case_id", length = 36)
    public String caseId;

    @Column(nullable = false, length = 20)
    public String reference;

    @Column(name = "assigned_to", length = 120)
    public String assignedTo;

    @Column(name = "withdrawn_at", nullable = false)
    public Instant withdrawnAt;

    /** The withdrawals of the cases someone was assigned, newest first. */
    public static List<CaseWithdrawal> ofAssignee(String assignee, Instant since, int max) {
        return find("assignedTo = ?1 and withdrawnAt >= ?2 order by withdrawnAt desc", assignee, since)
                .page(0, max)
                .list();
    }
}
