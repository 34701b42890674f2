package org.courtguide.retrieval;

import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

/** An embedding model whose every inference passes through a {@link ModelUseGate}. */
public final class GuardedEmbeddingModel implements EmbeddingModel {

    private final EmbeddingModel model;
    private final ModelUseGate gate;

    public GuardedEmbeddingModel(EmbeddingModel model, ModelUseGate gate) {
        this.model = model;
        this.gate = gate;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return gate.use(() -> model.embedAll(segments));
    }

    @Override
    public int dimension() {
        return gate.use(model::dimension);
    }

    @Override
    public String modelName() {
        return model.modelName();
    }
}
