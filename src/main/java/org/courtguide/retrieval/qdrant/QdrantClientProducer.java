package org.courtguide.retrieval.qdrant;

import io.qdrant.client.QdrantClient;
import io.qdrant.client.QdrantGrpcClient;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The gRPC client, created only when the Qdrant index is (lazily, so the embedded default opens no connection). */
public class QdrantClientProducer {

    @Produces
    @Singleton
    QdrantClient client(QdrantConfig config) {
        QdrantGrpcClient.Builder grpc = QdrantGrpcClient.newBuilder(config.host(), config.port(), config.useTls())
                .withTimeout(config.timeout());
        config.apiKey().filter(key -> !key.isBlank()).ifPresent(grpc::withApiKey);
        return new QdrantClient(grpc.build());
    }
}
