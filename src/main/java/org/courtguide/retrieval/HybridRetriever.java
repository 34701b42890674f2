package org.courtguide.retrieval;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.courtguide.Language;
import org.courtguide.observability.CourtGuideMetrics;

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
    private final QueryExpander expander;
    private final ExecutorService lexicalSearches =
            Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
                Thread thread = new Thread(r, "lexical-search");
                thread.setDaemon(true);
                return thread;
            });

    HybridRetriever(KnowledgeIndex index, Embedders embeddings, RetrievalConfig config, QueryExpander expander) {
        this.expander = expander;
        this.index = index;
        this.embeddings = embeddings;
        this.config = config;
    }

    public RetrievalResult retrieve(String query, SearchFilter filter, int k) {
        return retrieve(query, filter, k, Mode.HYBRID);
    }

    public RetrievalResult retrieve(String query, SearchFilter filter, int k, Mode mode) {
        long start = System.nanoTime();
        int candidates = Math.max(k * Math.max(1, config.candidatesPerResult()), config.candidates());
        String expansion = expander.expansion(query);
        // the BM25 ranking runs beside the query embedding: they need nothing from each other
        CompletableFuture<List<Hit>> lexicalRanking = mode == Mode.DENSE
                ? CompletableFuture.completedFuture(List.of())
                : mode == Mode.LEXICAL
                        ? CompletableFuture.completedFuture(index.lexicalHits(query, expansion, filter, candidates))
                        : CompletableFuture.supplyAsync(
                                () -> index.lexicalHits(query, expansion, filter, candidates), lexicalSearches);
        Language language = filter.language().flatMap(Language::parse).orElseGet(() -> Language.detect(query));
        String denseQuery = config.expandDense() && !expansion.isEmpty() ? query + " " + expansion : query;
        float[][] finalVector = new float[1][];
        List<Hit> dense =
                mode == Mode.LEXICAL ? List.of() : dense(language, denseQuery, filter, candidates, finalVector);
        List<Hit> lexical = join(lexicalRanking);
        List<Hit> ranked = switch (mode) {
            case LEXICAL -> lexical;
            case DENSE -> dense;
            case HYBRID ->
                config.fusion().equals("score")
                        ? fuseScores(lexical, dense)
                        // a store that fuses itself (Qdrant's Query API) gets the same inputs and constants
                        : index.fused(query, expansion, language, finalVector[0], filter, candidates, k)
                                .map(passages -> passages.stream().map(Hit::of).toList())
                                .orElseGet(() -> fuse(lexical, dense));
        };
        if (mode == Mode.HYBRID) {
            ranked = withPriors(ranked, query);
        }
        double bestCosine = dense.isEmpty() ? 0 : dense.get(0).score();
        List<Passage> top = index.passages(ranked.size() > k ? ranked.subList(0, k) : ranked);
        long micros = (System.nanoTime() - start) / 1000;
        CourtGuideMetrics.retrieval(mode.name().toLowerCase(java.util.Locale.ROOT), micros);
        return new RetrievalResult(top, bestCosine, !lexical.isEmpty(), micros);
    }

    /**
     * Dense search; with feedback on, the query vector is moved towards the mean of its first results' vectors
     * (Rocchio), which helps short lay questions reach articles worded differently.
     */
    private List<Hit> dense(
            Language language, String query, SearchFilter filter, int candidates, float[][] finalVector) {
        float[] vector = embeddings.embed(language, instruction(language) + query);
        finalVector[0] = vector;
        List<Hit> first = index.denseHits(language, vector, filter, candidates);
        int feedback = Math.min(config.feedbackPassages(), first.size());
        if (feedback == 0) {
            return first;
        }
        float[] moved = vector.clone();
        double w = config.feedbackWeight() / feedback;
        for (Hit hit : first.subList(0, feedback)) {
            float[] v = index.storedVectorOfChunk(hit.chunkId()).orElse(null);
            if (v == null) {
                continue;
            }
            for (int i = 0; i < moved.length; i++) {
                moved[i] += (float) (w * v[i]);
            }
        }
        finalVector[0] = moved;
        return index.denseHits(language, moved, filter, candidates);
    }

    /** Weighted sum of scores min-max normalised within each ranking; absent from a ranking counts as 0. */
    private List<Hit> fuseScores(List<Hit> lexical, List<Hit> dense) {
        Map<String, Hit> byChunk = new LinkedHashMap<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        addNormalised(lexical, config.lexicalWeight(), byChunk, scores);
        addNormalised(dense, config.denseWeight(), byChunk, scores);
        return sorted(byChunk, scores);
    }

    private static List<Hit> sorted(Map<String, Hit> byChunk, Map<String, Double> scores) {
        List<Hit> fused = new ArrayList<>(byChunk.size());
        byChunk.forEach((id, hit) -> fused.add(hit.withScore(scores.get(id))));
        fused.sort(Comparator.comparingDouble(Hit::score).reversed());
        return fused;
    }

    private static void addNormalised(
            List<Hit> ranking, double weight, Map<String, Hit> byChunk, Map<String, Double> scores) {
        if (ranking.isEmpty()) {
            return;
        }
        double max = ranking.get(0).score();
        double min = ranking.get(ranking.size() - 1).score();
        double range = max - min <= 0 ? 1 : max - min;
        for (Hit hit : ranking) {
            byChunk.putIfAbsent(hit.chunkId(), hit);
            scores.merge(hit.chunkId(), weight * (hit.score() - min) / range, Double::sum);
        }
    }

    /**
     * Domain priors over the fused ranking: local regulations of a place the question does not name step back behind
     * national law, and a passage gains from other strong passages of the same law (the question is about that law).
     */
    private List<Hit> withPriors(List<Hit> fused, String query) {
        double localWeight = config.localWeight();
        double lawWeight = config.lawEvidenceWeight();
        if (fused.isEmpty() || (localWeight == 1.0 && lawWeight == 0.0)) {
            return fused;
        }
        Map<String, double[]> bestTwoByLaw = new LinkedHashMap<>();
        if (lawWeight > 0) {
            for (Hit p : fused) {
                double[] best = bestTwoByLaw.computeIfAbsent(p.title(), t -> new double[2]);
                if (p.score() > best[0]) {
                    best[1] = best[0];
                    best[0] = p.score();
                } else if (p.score() > best[1]) {
                    best[1] = p.score();
                }
            }
        }
        List<Hit> adjusted = new ArrayList<>(fused.size());
        for (Hit p : fused) {
            double score = p.score();
            if (lawWeight > 0) {
                double[] best = bestTwoByLaw.get(p.title());
                double otherBest = best[0] == p.score() ? best[1] : best[0];
                score += lawWeight * otherBest;
            }
            if (localWeight != 1.0 && IssuingLevel.isLocalElsewhere(p.title(), query)) {
                score *= localWeight;
            }
            adjusted.add(p.withScore(score));
        }
        adjusted.sort(Comparator.comparingDouble(Hit::score).reversed());
        return adjusted;
    }

    /** The lexical ranking's own failure (a store outage), not the wrapper the future puts around it. */
    private static List<Hit> join(CompletableFuture<List<Hit>> ranking) {
        try {
            return ranking.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @PreDestroy
    void stop() {
        lexicalSearches.shutdownNow();
    }

    private String instruction(Language language) {
        return (language == Language.ZH ? config.queryInstructionZh() : config.queryInstructionEn()).orElse("");
    }

    private List<Hit> fuse(List<Hit> lexical, List<Hit> dense) {
        Map<String, Hit> byChunk = new LinkedHashMap<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        addRanks(lexical, config.lexicalWeight(), byChunk, scores);
        addRanks(dense, config.denseWeight(), byChunk, scores);
        return sorted(byChunk, scores);
    }

    private void addRanks(List<Hit> ranking, double weight, Map<String, Hit> byChunk, Map<String, Double> scores) {
        for (int rank = 0; rank < ranking.size(); rank++) {
            Hit hit = ranking.get(rank);
            byChunk.putIfAbsent(hit.chunkId(), hit);
            scores.merge(hit.chunkId(), weight / (config.rrfK() + rank + 1), Double::sum);
        }
    }
}
