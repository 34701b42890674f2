package org.courtguide.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The metrics of {@code shared/eval/README.md}, computed exactly as defined there: over the distinct doc ids a
 * pipeline returns, Recall@k (share of a question's gold ids in the top k, averaged), MRR@10, nDCG@10 with binary
 * relevance, and latency percentiles of the retrieval call.
 */
public final class RetrievalMetrics {

    public static final int[] RECALL_AT = {1, 5, 10, 100};

    private final Map<Integer, Double> recallSums = new LinkedHashMap<>();
    private double reciprocalRankSum;
    private double ndcgSum;
    private final List<Long> latenciesMicros = new ArrayList<>();
    private int questions;

    public RetrievalMetrics() {
        for (int k : RECALL_AT) {
            recallSums.put(k, 0.0);
        }
    }

    /** Adds one question's ranking (distinct doc ids, best first). */
    public void add(List<String> rankedDocIds, List<String> gold, long latencyMicros) {
        questions++;
        latenciesMicros.add(latencyMicros);
        Set<String> relevant = Set.copyOf(gold);
        for (int k : RECALL_AT) {
            long found =
                    rankedDocIds.stream().limit(k).filter(relevant::contains).count();
            recallSums.merge(k, relevant.isEmpty() ? 0 : (double) found / relevant.size(), Double::sum);
        }
        for (int i = 0; i < Math.min(10, rankedDocIds.size()); i++) {
            if (relevant.contains(rankedDocIds.get(i))) {
                reciprocalRankSum += 1.0 / (i + 1);
                break;
            }
        }
        double dcg = 0;
        for (int i = 0; i < Math.min(10, rankedDocIds.size()); i++) {
            if (relevant.contains(rankedDocIds.get(i))) {
                dcg += 1 / log2(i + 2);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(10, relevant.size()); i++) {
            ideal += 1 / log2(i + 2);
        }
        ndcgSum += ideal == 0 ? 0 : dcg / ideal;
    }

    /** Distinct doc ids in order of first appearance: several chunks of one article count once. */
    public static List<String> distinct(List<String> docIds) {
        return List.copyOf(new java.util.LinkedHashSet<>(docIds));
    }

    public Summary summary() {
        Map<String, Double> recall = new LinkedHashMap<>();
        recallSums.forEach((k, sum) -> recall.put("recall@" + k, round(sum / Math.max(questions, 1))));
        long[] sorted =
                latenciesMicros.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Summary(
                questions,
                recall,
                round(reciprocalRankSum / Math.max(questions, 1)),
                round(ndcgSum / Math.max(questions, 1)),
                percentile(sorted, 50),
                percentile(sorted, 95));
    }

    /** What one pipeline scored; latencies in milliseconds. */
    public record Summary(
            int questions,
            Map<String, Double> recall,
            double mrrAt10,
            double ndcgAt10,
            double latencyP50Ms,
            double latencyP95Ms) {}

    static double percentile(long[] sortedMicros, int p) {
        if (sortedMicros.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedMicros.length) - 1;
        return round(sortedMicros[Math.max(0, Math.min(rank, sortedMicros.length - 1))] / 1000.0);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }

    @Override
    public String toString() {
        return Arrays.toString(RECALL_AT) + summary();
    }
}
