package org.courtguide.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import org.courtguide.retrieval.KnowledgeIndex;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether the knowledge index can answer, and how the last ingest went. A failed ingest (a full disk) leaves the last
 * committed index answering, so the app stays ready and says so in {@code lastIngest} and {@code problem}: taking
 * every replica out of service would turn a stale library into none. Not ready when nothing can be searched, and not
 * while the first ingest into an empty index runs (or is about to): a question asked then would be told, wrongly, that
 * the guidance does not cover it.
 */
@Readiness
@ApplicationScoped
public class KnowledgeReadinessCheck implements HealthCheck {

    private final KnowledgeIndex index;
    private final IngestProgress progress;
    private final KnowledgeConfig config;

    KnowledgeReadinessCheck(KnowledgeIndex index, IngestProgress progress, KnowledgeConfig config) {
        this.index = index;
        this.progress = progress;
        this.config = config;
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
            response.withData("chunks", chunks)
                    .withData("knowledgeVersion", index.state().knowledgeVersion());
            boolean firstLoad = progress.firstLoadRunning()
                    || (config.ingestAtStartup() && chunks == 0 && progress.phase() == IngestProgress.Phase.WAITING);
            if (firstLoad) {
                // one unit per figure: files read over files to read, and the chunks they gave so far
                return response.withData("firstIngestFiles", progress.filesDone() + "/" + progress.filesTotal())
                        .withData("firstIngestChunks", progress.done())
                        .down()
                        .build();
            }
            // after a failed first ingest nothing can be answered; a store filled by a separate job may be empty
            return response.status(chunks > 0 || progress.phase() != IngestProgress.Phase.FAILED)
                    .build();
        } catch (RuntimeException e) {
            return response.withData("error", e.getClass().getSimpleName())
                    .down()
                    .build();
        }
    }
}
