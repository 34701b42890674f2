package org.courtguide.knowledge;

import jakarta.enterprise.context.ApplicationScoped;

import org.courtguide.retrieval.KnowledgeIndex;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether the knowledge index can answer, and how the last ingest went. A failed ingest (a full disk) leaves the last
 * committed index answering, so the app stays ready and says so in {@code lastIngest} and {@code problem}: taking
 * every replica out of service would turn a stale library into none. Not ready when nothing can be searched.
 */
@Readiness
@ApplicationScoped
public class KnowledgeReadinessCheck implements HealthCheck {

    private final KnowledgeIndex index;
    private final IngestProgress progress;

    KnowledgeReadinessCheck(KnowledgeIndex index, IngestProgress progress) {
        this.index = index;
        this.progress = progress;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("knowledge-index")
                .withData("lastIngest", progress.phase().name().toLowerCase(java.util.Locale.ROOT));
        if (!progress.problem().isEmpty()) {
            response.withData("problem", progress.problem());
        }
        try {
            long chunks = index.size();
            response.withData("chunks", chunks).withData("knowledgeVersion", index.state().knowledgeVersion());
            // an empty index is normal while the first ingest runs; after a failed one nothing can be answered
            return response.status(chunks > 0 || progress.phase() != IngestProgress.Phase.FAILED).build();
        } catch (RuntimeException e) {
            return response.withData("error", e.getClass().getSimpleName()).down().build();
        }
    }
}
