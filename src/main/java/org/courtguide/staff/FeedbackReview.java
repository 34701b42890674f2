package org.courtguide.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.List;
import org.courtguide.conversation.Feedback;
import org.courtguide.staff.AuditEvent.Action;
import org.courtguide.staff.AuditEvent.Subject;

/** The wrong-answer review queue: admins read what people reported and mark each report reviewed. */
@ApplicationScoped
public class FeedbackReview {

    /** One open report; the reason was redacted before it was stored. */
    public record Report(long id, String traceId, String reason, Instant createdAt) {}

    private final AuditLog audit;

    FeedbackReview(AuditLog audit) {
        this.audit = audit;
    }

    @Transactional
    public List<Report> openReports() {
        return Feedback.openReports().stream()
                .map(f -> new Report(f.id, f.traceId, f.reason, f.createdAt))
                .toList();
    }

    @Transactional
    public void markReviewed(long id, String actor) {
        Feedback f = Feedback.findById(id);
        if (f == null || !Feedback.ReviewStatus.OPEN.name().equals(f.reviewStatus)) {
            throw new NotFoundException();
        }
        f.reviewStatus = Feedback.ReviewStatus.REVIEWED.name();
        audit.record(actor, Action.REVIEW_FEEDBACK, Subject.FEEDBACK, String.valueOf(id), f.traceId);
    }
}
