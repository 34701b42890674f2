package org.courtguide.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A dispute summary a person consented to send to the mediation centre. The summary is the exact text they saw and
 * agreed to (JSON of the confirmed fields, already redacted where they chose). Random id and a human reference; only
 * the hash of the withdrawal secret is kept.
 */
@Entity
@Table(name = "triage_case")
public class TriageCase extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id;

    /** Shown to the person and to staff, e.g. {@code CG-7K3M-9Q2X}; not guessable, but not a secret either. */
    @Column(nullable = false, unique = true, length = 20)
    public String reference;

    @Column(name = "secret_hash", nullable = false, length = 64)
    public String secretHash;

    @Column(nullable = false, length = 2)
    public String language;

    /** One of the dispute types of the intake (family, neighbours, loans, labour, …). */
    @Column(name = "dispute_type", nullable = false, length = 40)
    public String disputeType;

    /** {@code normal}, {@code urgent} or {@code safety}. */
    @Column(nullable = false, length = 16)
    public String urgency;

    /** The id of the routing rule outcome shown to the person (e.g. people's mediation, labour arbitration). */
    @Column(name = "suggested_path", nullable = false, length = 60)
    public String suggestedPath;

    @Column(name = "summary_json", nullable = false, length = 16000)
    public String summaryJson;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public CaseStatus status;

    /** The staff member's user name (Keycloak {@code preferred_username}) once someone picks the case up. */
    @Column(name = "assigned_to", length = 120)
    public String assignedTo;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** When the case reached a final status; it is deleted once the staff retention period after this has passed. */
    @Column(name = "finished_at")
    public Instant finishedAt;

    /** The first attempt to reach the person (or the change to "contacted"); until then the case has a deadline. */
    @Column(name = "first_contact_at")
    public Instant firstContactAt;

    /** Two mediators changing one case at once: the second gets a conflict, not a silent overwrite. */
    @Version
    @Column(nullable = false)
    public long version;

    public static TriageCase findByReference(String reference) {
        return find("reference", reference).firstResult();
    }
}
