package org.courtguide.retrieval.qdrant;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.courtguide.retrieval.ChineseBigramAnalyzer;
import org.courtguide.retrieval.RetrievalConfig;
import org.courtguide.retrieval.TextAnalyzer;
import org.courtguide.source.KnowledgeChunk;

/**
 * BM25 as sparse vectors, with the same analyzer as the embedded index. A chunk's vector holds the saturated,
 * length-normalised term frequency of each term (BM25's document side, fields weighted by the same boosts); the
 * query's vector holds one per query term. Qdrant multiplies in the IDF itself (the sparse vector's IDF modifier), so
 * a dot product of the two is BM25. The body's Chinese character pairs count as terms of their own (marked, so that a
 * pair never shares an id with the same two characters as a word), as in the embedded index's pair field.
 */
public final class SparseEncoder {

    /** A sparse vector: term ids (ascending) and their weights. */
    public record Sparse(List<Integer> indices, List<Float> values) {

        public boolean isEmpty() {
            return indices.isEmpty();
        }
    }

    private static final String PAIR_MARK = "\u0001";

    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final ChineseBigramAnalyzer characterPairs = new ChineseBigramAnalyzer();
    private final QdrantConfig config;
    private final RetrievalConfig retrieval;

    public SparseEncoder(QdrantConfig config, RetrievalConfig retrieval) {
        this.config = config;
        this.retrieval = retrieval;
    }

    public Sparse document(KnowledgeChunk chunk) {
        Map<Integer, Float> weights = new TreeMap<>();
        addField(weights, chunk.title(), retrieval.titleBoost(), config.avgTitleTokens());
        addField(weights, chunk.section(), retrieval.sectionBoost(), config.avgSectionTokens());
        addField(weights, chunk.text(), retrieval.bodyBoost(), config.avgBodyTokens());
        if (retrieval.characterPairBoost() > 0) {
            addTerms(weights, pairs(chunk.text()), retrieval.characterPairBoost(), config.avgBodyPairs());
        }
        return toSparse(weights);
    }

    /** The query's own terms count fully; expansion terms at the configured expansion boost, as in the embedded index. */
    public Sparse query(String query, String expansion) {
        Map<Integer, Float> weights = new TreeMap<>();
        boolean withPairs = retrieval.characterPairBoost() > 0;
        addQueryTerms(weights, query, 1f, withPairs);
        if (expansion != null && !expansion.isBlank()) {
            addQueryTerms(weights, expansion, retrieval.expansionBoost(), withPairs);
        }
        return toSparse(weights);
    }

    private void addQueryTerms(Map<Integer, Float> weights, String text, float weight, boolean withPairs) {
        for (String term : terms(text)) {
            weights.merge(termId(term), weight, Float::sum);
        }
        if (withPairs) {
            // the document side carries the pair boost, as the body boost sits on the document side for words
            for (String pair : pairs(text)) {
                weights.merge(termId(pair), weight, Float::sum);
            }
        }
    }

    private void addField(Map<Integer, Float> weights, String text, float boost, double averageLength) {
        addTerms(weights, terms(text), boost, averageLength);
    }

    private void addTerms(Map<Integer, Float> weights, List<String> terms, float boost, double averageLength) {
        if (terms.isEmpty()) {
            return;
        }
        Map<String, Integer> tf = new TreeMap<>();
        terms.forEach(t -> tf.merge(t, 1, Integer::sum));
        double k1 = config.bm25K1();
        double norm = k1 * (1 - config.bm25B() + config.bm25B() * terms.size() / averageLength);
        tf.forEach((term, f) -> weights.merge(termId(term), (float) (boost * f * (k1 + 1) / (f + norm)), Float::sum));
    }

    List<String> terms(String text) {
        return analyse(analyzer, text, "");
    }

    List<String> pairs(String text) {
        return analyse(characterPairs, text, PAIR_MARK);
    }

    private static List<String> analyse(Analyzer analyzer, String text, String mark) {
        List<String> terms = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(mark + term);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** Stable across releases and JVMs: the index is shared by every replica and survives upgrades. */
    static int termId(String term) {
        return Hashing.murmur3_32_fixed()
                        .hashString(term, StandardCharsets.UTF_8)
                        .asInt()
                & 0x7fffffff;
    }

    private static Sparse toSparse(Map<Integer, Float> weights) {
        return new Sparse(List.copyOf(weights.keySet()), List.copyOf(weights.values()));
    }
}
