package org.courtguide.conversation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** "Was this helpful?" and "Report a wrong answer" for one answer; reports wait in a review queue. */
@Entity
@Table(name = "answer_feedback")
public class Feedback extends PanacheEntityBase {

    /** Where a wrong-answer report stands in the review queue. */
    public enum ReviewStatus {
        NONE,
        OPEN,
        REVIEWED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "answer_feedback_seq")
    @SequenceGenerator(name = "answer_feedback_seq", sequenceName = "answer_feedback_seq", allocationSize = 50)
    public Long id;

    @Column(name = "trace_id", nullable = false, length = 36)
    public String traceId;

    @Column(name = "conversation_id", nullable = false, length = 36)
    public String conversationId;

    public Boolean helpful;

    @Column(name = "wrong_answer", nullable = false)
    public boolean wrongAnswer;

    /** The person's reason, redacted before it is stored. */
    @Column(length = 1000)
    public String reason;

    @Column(name = "review_status", nullable = false, length = 16)
    public String reviewStatus;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<Feedback> openReports() {
        return list("reviewStatus = ?1 order by createdAt", ReviewStatus.OPEN.name());
    }

    public static long deleteOfConversations(List<String> conversationIds) {
        return conversationIds.isEmpty() ? 0 : delete("conversationId in ?1", conversationIds);
    }
}
