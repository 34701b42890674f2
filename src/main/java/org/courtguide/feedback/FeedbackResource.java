package org.courtguide.feedback;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import org.courtguide.Language;
import org.courtguide.ask.AnswerView;
import org.courtguide.ask.AskPage;
import org.courtguide.conversation.Feedback;
import org.courtguide.conversation.Turn;
import org.courtguide.observability.CourtGuideMetrics;
import org.courtguide.privacy.PiiRedactor;
import org.courtguide.web.BadRequestException;
import org.courtguide.web.Localizer;
import org.courtguide.web.PageLanguage;

/**
 * "Was this helpful?" and "Report a wrong answer". Feedback is tied to the answer's trace id; the reason is redacted
 * before it is stored; wrong-answer reports go into the review queue.
 */
@Path("/")
public class FeedbackResource {

    static final int MAX_REASON_CHARS = 1000;

    /** Body of {@code POST /api/feedback}. */
    public record FeedbackRequest(String traceId, Boolean helpful, Boolean wrongAnswer, String reason) {}

    private final PiiRedactor redactor;
    private final Localizer localizer;
    private final PageLanguage languages;

    FeedbackResource(PiiRedactor redactor, Localizer localizer, PageLanguage languages) {
        this.redactor = redactor;
        this.localizer = localizer;
        this.languages = languages;
    }

    @POST
    @Path("feedback")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response byForm(
            @FormParam("traceId") String traceId,
            @FormParam("helpful") String helpful,
            @FormParam("wrong") String wrong,
            @FormParam("reason") String reason,
            @HeaderParam(AskPage.FRAGMENT_HEADER) String fragment,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        Language language = languages.resolve(uri, headers);
        // form values: helpful=1|0, wrong=1 (from the buttons under each answer)
        boolean wrongAnswer = "1".equals(wrong);
        store(
                traceId,
                "1".equals(helpful) ? Boolean.TRUE : "0".equals(helpful) ? Boolean.FALSE : null,
                wrongAnswer,
                reason,
                language);
        if (fragment != null) {
            // sent by the page's script, which says thank you in place, under the answer: no redirect to follow
            return Response.noContent().build();
        }
        // without a script: back to the same conversation, at this answer, with the thanks where its buttons were
        String key = AnswerView.keyOf(traceId);
        return Response.seeOther(URI.create("/conversation?feedback="
                        + (wrongAnswer ? AskPage.FEEDBACK_REPORTED : AskPage.FEEDBACK_SENT) + "&answer=" + key
                        + "#feedback-"
                        + key))
                .build();
    }

    @POST
    @Path("api/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response byApi(FeedbackRequest request, @Context UriInfo uri, @Context HttpHeaders headers) {
        Language language = languages.resolve(uri, headers);
        if (request == null) {
            throw new BadRequestException(
                    "unknown_answer", localizer.messages(language).feedback_unknown(), language);
        }
        store(
                request.traceId(),
                request.helpful(),
                Boolean.TRUE.equals(request.wrongAnswer()),
                request.reason(),
                language);
        return Response.status(201).build();
    }

    @Transactional
    void store(String traceId, Boolean helpful, boolean wrongAnswer, String reason, Language language) {
        Turn turn = traceId == null || traceId.length() > 36 ? null : Turn.findById(traceId);
        if (turn == null) {
            throw new BadRequestException(
                    "unknown_answer", localizer.messages(language).feedback_unknown(), language);
        }
        String text = reason == null ? "" : reason.strip();
        if (text.length() > MAX_REASON_CHARS) {
            throw new BadRequestException(
                    "reason_too_long", localizer.messages(language).error_too_long(MAX_REASON_CHARS), language);
        }
        Feedback feedback = new Feedback();
        feedback.traceId = turn.traceId;
        feedback.conversationId = turn.conversationId;
        feedback.helpful = helpful;
        feedback.wrongAnswer = wrongAnswer;
        feedback.reason = text.isEmpty() ? null : redactor.redact(text).text();
        feedback.reviewStatus = (wrongAnswer ? Feedback.ReviewStatus.OPEN : Feedback.ReviewStatus.NONE).name();
        feedback.createdAt = Instant.now();
        feedback.persist();
        CourtGuideMetrics.feedback(
                wrongAnswer ? "wrong_answer" : helpful == null ? "other" : helpful ? "helpful" : "not_helpful");
    }
}
