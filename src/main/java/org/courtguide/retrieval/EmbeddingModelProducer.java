package org.courtguide.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The default in-process embedding model (Chinese). quarkus-langchain4j does not register bge-small-zh v1.5 itself,
 * hence this producer; it also settles which model a bare {@code @Inject EmbeddingModel} gets.
 */
public class EmbeddingModelProducer {

    @Produces
    @Singleton
    EmbeddingModel embeddingModel() {
        return chineseModel();
    }

    /**
     * A new handle on the Chinese model; the ONNX session behind it is loaded once per JVM, on first use, and used
     * only through the JVM-wide {@link ModelUseGate}.
     */
    static EmbeddingModel chineseModel() {
        return new GuardedEmbeddingModel(BgeSmallZhV15QuantizedEmbeddingModel::new, ModelUseGate.jvmWide());
    }
}
