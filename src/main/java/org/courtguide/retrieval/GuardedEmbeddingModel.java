package org.courtguide.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.function.Supplier;

/**
 * An embedding model whose loading and every inference pass through a {@link ModelUseGate}. The in-process models
 * load their ONNX session when their class is first instantiated, so the model is created on first use, inside the
 * gate, like an inference.
 */
public final class GuardedEmbeddingModel implements EmbeddingModel {

    private final Supplier<EmbeddingModel> load;
    private final ModelUseGate gate;
    private volatile EmbeddingModel model;

    public GuardedEmbeddingModel(Supplier<EmbeddingModel> load, ModelUseGate gate) {
        this.load = load;
        this.gate = gate;
    }

    /** Called inside the gate only. */
    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                if (model == null) {
                    model = load.get();
                    gate.modelLoaded();
                }
                loaded = model;
            }
        }
        return loaded;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return gate.use(() -> model().embedAll(segments));
    }

    @Override
    public int dimension() {
        return gate.use(() -> model().dimension());
    }

    @Override
    public String modelName() {
        return gate.use(() -> model().modelName());
    }
}
