package org.courtguide.retrieval.qdrant;

import io.qdrant.client.QdrantClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.concurrent.TimeUnit;
import org.courtguide.retrieval.IndexConfig;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while Qdrant does not answer or the collection is missing: a replica that cannot retrieve must not get
 * traffic (the database has its own check from the datasource). Always up on the embedded backend.
 */
@Readiness
@ApplicationScoped
public class QdrantReadinessCheck implements HealthCheck {

    private final IndexConfig index;
    private final QdrantConfig config;
    private final Instance<QdrantClient> client;

    QdrantReadinessCheck(IndexConfig index, QdrantConfig config, Instance<QdrantClient> client) {
        this.index = index;
        this.config = config;
        this.client = client;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("vector-store").withData("backend", index.backend());
        if (!"qdrant".equals(index.backend())) {
            return response.up().build();
        }
        response.withData("collection", config.collection());
        try {
            var reply = client.get().healthCheckAsync().get(3, TimeUnit.SECONDS);
            boolean exists =
                    client.get().collectionExistsAsync(config.collection()).get(3, TimeUnit.SECONDS);
            return response.withData("version", reply.getVersion())
                    .withData("collectionExists", exists)
                    .status(exists)
                    .build();
        } catch (Exception e) {
            return response.withData("error", String.valueOf(e.getMessage()))
                    .down()
                    .build();
        }
    }
}
