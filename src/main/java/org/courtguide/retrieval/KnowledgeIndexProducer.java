package org.courtguide.retrieval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import org.courtguide.retrieval.qdrant.QdrantKnowledgeIndex;

/**
 * Picks the index at run time from {@code court-guide.index.backend}, so one build serves both the embedded default
 * and a Kubernetes deployment. Only the chosen implementation is ever created: the embedded default opens no
 * network connection, and the Qdrant backend writes nothing to the local disk.
 */
public class KnowledgeIndexProducer {

    @Produces
    @ApplicationScoped
    KnowledgeIndex index(
            IndexConfig config, Instance<LuceneKnowledgeIndex> embedded, Instance<QdrantKnowledgeIndex> qdrant) {
        return switch (config.backend()) {
            case "embedded" -> embedded.get();
            case "qdrant" -> qdrant.get();
            default ->
                throw new IllegalArgumentException(
                        "court-guide.index.backend must be embedded or qdrant, not " + config.backend());
        };
    }
}
