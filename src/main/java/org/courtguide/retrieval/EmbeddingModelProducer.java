package org.courtguide.retrieval;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

/**
 * The in-process ONNX embedding model. bge-small-zh v1.5 is the only in-jar model that separates on-topic from
 * off-topic Chinese text, and it handles English guidance well enough for the hybrid pipeline (BM25 carries English
 * wording). quarkus-langchain4j does not register this model itself, hence the producer.
 */
public class EmbeddingModelProducer {

    @Produces
    @Singleton
    EmbeddingModel embeddingModel() {
        return new BgeSmallZhV15QuantizedEmbeddingModel();
    }
}
