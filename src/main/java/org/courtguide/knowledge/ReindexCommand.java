package org.courtguide.knowledge;

import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;

/**
 * {@code java -jar … reindex}: one foreground ingest pass, then exit (0 when every source was indexed). Used by the
 * Helm chart's ingest Job so that web replicas never ingest concurrently.
 */
public class ReindexCommand implements QuarkusApplication {

    @Inject
    KnowledgeIngestor ingestor;

    @Inject
    IngestProgress progress;

    /** The command ingests in the foreground itself and needs no HTTP port. */
    public static void applyToConfig() {
        System.setProperty("court-guide.knowledge.ingest-at-startup", "false");
        System.setProperty("quarkus.http.host-enabled", "false");
    }

    @Override
    public int run(String... args) throws Exception {
        ingestor.ingest();
        return progress.problem().isEmpty() ? 0 : 1;
    }
}
