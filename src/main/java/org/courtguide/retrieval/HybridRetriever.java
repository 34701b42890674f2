package org.courtguide.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.courtguide.Language;


/**
 * Hybrid retrieval: BM25 over the text fields and HNSW dense search over embeddings, combined by weighted reciprocal
 * rank fusion. Each ranking can also be asked for alone (the evaluation command compares all three).
 */
@ApplicationScoped
public class HybridRetriever {

    /** Which rankings to use. */
    public enum Mode {
        LEXICAL,
        DENSE,
        HYBRID
    }

    private final KnowledgeIndex index;
    private final Embedders embeddings;
    private final RetrievalConfig config;

    HybridRetriever(KnowledgeIndex index, Embedders embeddings, RetrievalConfig config) {
        this.index = index;
        this.embeddings = embeddings;
        this.config = config;
    }

    public RetrievalResult retrieve(String query, SearchFilter filter, int k) {
        return retrieve(query, filter, k, Mode.HYBRID);
    }

    public RetrievalResult retrieve(String query, SearchFilter filter, int k, Mode mode) {
        long start = System.nanoTime();
        int candidates = Math.max(k, config.candidates());
        List<Passage> lexical = mode == Mode.DENSE ? List.of() : index.lexical(query, filter, candidates);
        Language language = filter.language().flatMap(Language::parse).orElseGet(() -> Language.detect(query));
        List<Passage> dense = mode == Mode.LEXICAL ? List.of()
                : index.dense(language, embeddings.embed(language, query), filter, candidates);
        List<Passage> ranked = switch (mode) {
            case LEXICAL -> lexical;
            case DENSE -> dense;
            case HYBRID -> fuse(lexical, dense);
        };
        double bestCosine = dense.isEmpty() ? 0 : dense.get(0).score();
        List<Passage> top = ranked.size() > k ? List.copyOf(ranked.subList(0, k)) : ranked;
        return new RetrievalResult(top, bestCosine, !lexical.isEmpty(), (System.nanoTime() - start) / 1000);
    }

    private List<Passage> fuse(List<Passage> lexical, List<Passage> dense) {
        Map<String, Passage> byChunk = new LinkedHashMap<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        addRanks(lexical, config.lexicalWeight(), byChunk, scores);
        addRanks(dense, config.denseWeight(), byChunk, scores);
        List<Passage> fused = new ArrayList<>(byChunk.size());
        byChunk.forEach((id, passage) -> fused.add(passage.withScore(scores.get(id))));
        fused.sort(Comparator.comparingDouble(Passage::score).reversed());
        return fused;
    }

    private void addRanks(List<Passage> ranking, double weight, Map<String, Passage> byChunk, Map<String, Double> scores) {
        for (int rank = 0; rank < ranking.size(); rank++) {
            Passage passage = ranking.get(rank);
            byChunk.putIfAbsent(passage.chunk().chunkId(), passage);
            scores.merge(passage.chunk().chunkId(), weight / (config.rrfK() + rank + 1), Double::sum);
        }
    }
}
