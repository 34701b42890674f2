package org.courtguide.evaluation;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.util.List;
import org.courtguide.retrieval.GuardedEmbeddingModel;
import org.courtguide.retrieval.ModelUseGate;
import org.courtguide.source.KnowledgeChunk;

/**
 * The setup a team would start from, as quarkus-langchain4j's easy RAG builds it: LangChain4j's in-memory embedding
 * store, the all-MiniLM-L6-v2 model and the content retriever's default of 5 results. Kept only for comparison (eval and bench).
 */
public final class NaiveBaseline {

    static final int DEFAULT_MAX_RESULTS = 5;
    private static final String DOC_ID = "doc_id";

    private final EmbeddingModel model =
            new GuardedEmbeddingModel(AllMiniLmL6V2QuantizedEmbeddingModel::new, ModelUseGate.jvmWide());
    private final InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
    private final EmbeddingStoreContentRetriever retriever = EmbeddingStoreContentRetriever.builder()
            .embeddingStore(store)
            .embeddingModel(model)
            .maxResults(DEFAULT_MAX_RESULTS)
            .build();
    private long embedded;

    /** The baseline's model alone, for the benchmark's raw embedding floor. */
    public EmbeddingModel model() {
        return model;
    }

    /** Embeds one batch of chunks (their plain text, as easy RAG would see the files). */
    public void add(List<KnowledgeChunk> batch) {
        List<TextSegment> segments = batch.stream()
                .map(c -> TextSegment.from(c.text(), Metadata.from(DOC_ID, c.sourceId())))
                .toList();
        List<Embedding> vectors = model.embedAll(segments).content();
        store.addAll(vectors, segments);
        embedded += segments.size();
    }

    public long embedded() {
        return embedded;
    }

    public List<String> retrieve(String question) {
        List<Content> contents = retriever.retrieve(Query.from(question));
        return contents.stream()
                .map(c -> c.textSegment().metadata().getString(DOC_ID))
                .toList();
    }
}
