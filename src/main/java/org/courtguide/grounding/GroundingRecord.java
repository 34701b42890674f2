package org.courtguide.grounding;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The grounding check of one model answer, by the answer's trace id: what became of it and which checks failed. It
 * holds no question or answer text, so it is kept apart from the conversation and deleted after the same retention.
 */
@Entity
@Table(name = "grounding_check")
public class GroundingRecord extends PanacheEntityBase {

    @Id
    @Column(name = "trace_id", length = 36)
    public String traceId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(nullable = false, length = 120)
    public String model;

    /** passed, trimmed or fell_back */
    @Column(nullable = false, length = 16)
    public String outcome;

    /** The failed checks' tags, comma-separated (e.g. {@code number,outcome}); null when none failed. */
    @Column(name = "failed_checks", length = 200)
    public String failedChecks;

    @Column(nullable = false)
    public int sentences;

    @Column(nullable = false)
    public int removed;

    @Column(name = "check_micros", nullable = false)
    public long checkMicros;

    public static long deleteCreatedBefore(Instant cutoff) {
        return delete("createdAt < ?1", cutoff);
    }
}
