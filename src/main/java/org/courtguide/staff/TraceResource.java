package org.courtguide.staff;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import org.courtguide.ShortReferences;
import org.courtguide.conversation.Turn;

/**
 * {@code GET /api/internal/traces/{id}}: what produced an answer (redacted question, sources and scores,
 * answerer, prompt and knowledge versions, latency), for staff who investigate a report: signed-in admins (a bearer
 * token with the {@code admin} role) or scripts holding {@code court-guide.staff.api-token}. The id is the trace id or
 * the short reference shown with the answer ({@code CG-XXXX-XXXX}, as a person reads it out on the phone). Every trace
 * read is in the audit trail: a trace holds what a person asked.
 */
@Path("/api/internal/traces")
public class TraceResource {

    private final StaffConfig config;
    private final SecurityIdentity identity;
    private final AuditLog audit;

    TraceResource(StaffConfig config, SecurityIdentity identity, AuditLog audit) {
        this.config = config;
        this.identity = identity;
        this.audit = audit;
    }

    /** The trace of one answer. */
    public record TraceView(
            String traceId,
            String reference,
            Instant createdAt,
            String language,
            String route,
            boolean abstained,
            String redactedQuestion,
            String answer,
            List<String> citedSources,
            List<String> sourceScores,
            String answeredBy,
            String promptVersion,
            String knowledgeVersion,
            long latencyMs) {}

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public TraceView trace(@PathParam("id") String id, @HeaderParam("X-Staff-Token") String token) {
        // a signed-in admin, or the legacy token; anyone else sees what any unknown path looks like
        boolean admin = identity.hasRole("admin");
        if (!admin && !validToken(token)) {
            throw new NotFoundException();
        }
        Turn t = ShortReferences.isReference(id)
                ? Turn.findByReference(ShortReferences.normalize(id))
                : Turn.findById(id);
        if (t == null) {
            throw new NotFoundException();
        }
        audit.record(
                admin ? identity.getPrincipal().getName() : AuditLog.API_TOKEN,
                AuditEvent.Action.VIEW_TRACE,
                AuditEvent.Subject.TRACE,
                t.traceId,
                null);
        return new TraceView(
                t.traceId,
                t.reference,
                t.createdAt,
                t.language,
                t.route,
                t.abstained,
                t.redactedQuestion,
                t.answerText,
                lines(t.citedSources),
                lines(t.sourceScores),
                t.answeredBy,
                t.promptVersion,
                t.knowledgeVersion,
                t.latencyMs);
    }

    private boolean validToken(String token) {
        return config.apiToken().isPresent()
                && token != null
                && MessageDigest.isEqual(
                        config.apiToken().get().getBytes(StandardCharsets.UTF_8),
                        token.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : text.lines().toList();
    }
}
