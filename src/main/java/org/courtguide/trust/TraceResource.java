package org.courtguide.trust;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.courtguide.conversation.Turn;

/**
 * {@code GET /api/internal/traces/{traceId}}: what produced an answer (redacted question, sources and scores,
 * answerer, prompt and knowledge versions, latency), for staff who investigate a report.
 */
@Path("/api/internal/traces")
public class TraceResource {

    private final StaffConfig config;

    TraceResource(StaffConfig config) {
        this.config = config;
    }

    /** The trace of one answer. */
    public record TraceView(String traceId, Instant createdAt, String language, String route, boolean abstained,
            String redactedQuestion, String answer, List<String> citedSources, List<String> sourceScores,
            String answeredBy, String promptVersion, String knowledgeVersion, long latencyMs) {
    }

    @GET
    @Path("{traceId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public TraceView trace(@PathParam("traceId") String traceId, @HeaderParam("X-Staff-Token") String token) {
        // without a configured token, or with a wrong one, the endpoint looks like any unknown path
        if (config.apiToken().isEmpty() || token == null || !MessageDigest.isEqual(
                config.apiToken().get().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            throw new NotFoundException();
        }
        Turn t = Turn.findById(traceId);
        if (t == null) {
            throw new NotFoundException();
        }
        return new TraceView(t.traceId, t.createdAt, t.language, t.route, t.abstained, t.redactedQuestion,
                t.answerText, lines(t.citedSources), lines(t.sourceScores), t.answeredBy, t.promptVersion,
                t.knowledgeVersion, t.latencyMs);
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : text.lines().toList();
    }
}
