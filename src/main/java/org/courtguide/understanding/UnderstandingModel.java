package org.courtguide.understanding;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.courtguide.Language;

/**
 * The learned parameters for one language, as written by {@code train-understanding} to
 * {@code understanding/model-<lang>.json.gz}: the scope classifier (over the question's embedding and its surface
 * features), the question-type classifier (surface features only, so that it can read each clause of a question
 * without embedding it), the probability a clause's type needs to start a part of its own, and per guide section
 * the centroid of the tuning questions it answers; and the sections that answer the procedural half of the tuning
 * part's rights questions (how to bring such a dispute).
 */
public record UnderstandingModel(
        String language,
        int embeddingDimensions,
        double surfaceWeight,
        SoftmaxClassifier scope,
        SoftmaxClassifier type,
        double partThreshold,
        Map<String, float[]> sectionCentroids,
        List<String> rightsSections) {

    /** Features of the scope classifier: the embedding, then the surface features scaled by {@code surfaceWeight}. */
    public static Map<Integer, Double> scopeFeatures(
            float[] embedding, String text, Language language, double surfaceWeight) {
        Map<Integer, Double> x = new LinkedHashMap<>();
        double norm = 0;
        for (float v : embedding) {
            norm += v * v;
        }
        norm = Math.sqrt(norm) == 0 ? 1 : Math.sqrt(norm);
        for (int i = 0; i < embedding.length; i++) {
            x.put(i, embedding[i] / norm);
        }
        TextFeatures.of(text, language).forEach((k, v) -> x.put(embedding.length + k, v * surfaceWeight));
        return x;
    }

    public Map<String, Double> scopeProbabilities(float[] embedding, String text) {
        double[] p = scope.probabilities(
                scopeFeatures(embedding, text, Language.parse(language).orElseThrow(), surfaceWeight));
        Map<String, Double> byLabel = new HashMap<>();
        for (int i = 0; i < p.length; i++) {
            byLabel.put(scope.classes().get(i), p[i]);
        }
        return byLabel;
    }

    /** Type probabilities of a text (a whole question or one clause), in {@link SoftmaxClassifier#classes()} order. */
    public double[] typeProbabilities(String text) {
        return type.probabilities(TextFeatures.of(text, Language.parse(language).orElseThrow()));
    }

    /** Cosine of the question's embedding with the centroid of the tuning questions a section answers; 0 if none. */
    public double sectionSimilarity(float[] embedding, String section) {
        float[] c = sectionCentroids.get(section);
        return c == null ? 0 : Vectors.cosine(embedding, c);
    }

    static List<String> scopeLabels() {
        return java.util.Arrays.stream(Scope.values()).map(Scope::label).toList();
    }

    static List<String> typeLabels() {
        return java.util.Arrays.stream(QuestionType.values())
                .map(QuestionType::label)
                .toList();
    }
}
