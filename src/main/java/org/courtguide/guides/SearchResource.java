package org.courtguide.guides;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.courtguide.Language;
import org.courtguide.knowledge.IngestProgress;
import org.courtguide.knowledge.Snippets;
import org.courtguide.retrieval.HybridRetriever;
import org.courtguide.retrieval.RetrievalResult;
import org.courtguide.retrieval.SearchFilter;
import org.courtguide.security.RateLimited;
import org.courtguide.web.BadRequestException;
import org.courtguide.web.Localizer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /api/search}: the hybrid ranking over everything indexed (guides and statutes), best first. */
@Path("/api/search")
public class SearchResource {

    private static final int MAX_K = 100;
    private static final int MAX_QUERY_CHARS = 2000;
    private static final int SNIPPET_CHARS = 200;

    private final HybridRetriever retriever;
    private final Localizer localizer;
    private final IngestProgress ingest;

    SearchResource(HybridRetriever retriever, Localizer localizer, IngestProgress ingest) {
        this.retriever = retriever;
        this.localizer = localizer;
        this.ingest = ingest;
    }

    /** One result; {@code sourceId} is a guide id or a statute's {@code doc_id}. */
    public record Result(String sourceId, String title, String section, String snippet, double score, String url) {}

    public record Response(List<Result> results, long tookMs) {}

    @GET
    @RateLimited("search")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search the knowledge base (hybrid BM25 + dense retrieval)")
    public Response search(
            @QueryParam("q") String q,
            @QueryParam("k") @DefaultValue("10") int k,
            @QueryParam("language") String language,
            @QueryParam("mode") @DefaultValue("hybrid") String mode,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Language messagesIn = Language.parse(language)
                .orElse(Language.fromAcceptLanguage(acceptLanguage)
                        .orElse(q == null ? Language.ZH : Language.detect(q)));
        String query = q == null ? "" : q.strip();
        if (query.isEmpty()) {
            throw new BadRequestException(
                    "empty_question", localizer.messages(messagesIn).error_empty(), messagesIn);
        }
        if (query.length() > MAX_QUERY_CHARS) {
            throw new BadRequestException(
                    "question_too_long", localizer.messages(messagesIn).error_too_long(MAX_QUERY_CHARS), messagesIn);
        }
        // results from part of a first load would look complete
        ingest.requireLoaded(messagesIn);
        HybridRetriever.Mode retrievalMode = switch (mode.toLowerCase(java.util.Locale.ROOT)) {
            case "bm25", "lexical" -> HybridRetriever.Mode.LEXICAL;
            case "dense" -> HybridRetriever.Mode.DENSE;
            default -> HybridRetriever.Mode.HYBRID;
        };
        SearchFilter filter = new SearchFilter(Language.parse(language).map(Language::code), Optional.empty(), false);
        RetrievalResult result = retriever.retrieve(query, filter, Math.max(1, Math.min(k, MAX_K)), retrievalMode);
        List<Result> results = result.passages().stream()
                .map(p -> new Result(
                        p.chunk().sourceId(),
                        p.chunk().title(),
                        p.chunk().section(),
                        Snippets.of(p.chunk(), SNIPPET_CHARS),
                        p.score(),
                        GuideLinks.section(p.chunk().sourceId(), p.chunk().anchor())))
                .toList();
        return new Response(results, result.tookMicros() / 1000);
    }
}
