package org.courtguide.understanding;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.io.BufferedReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.courtguide.Language;

/**
 * {@code java -jar … train-understanding [--questions Q] [--models DIR] [--out R] [--score-frozen yes]}: learns the question-understanding
 * parameters from the tuning part of the labelled set only. Settings (surface-feature weight, regularisation, part
 * threshold) are chosen by 5-fold cross-validation on the tuning part; the chosen model is then trained on the whole
 * tuning part; the frozen test part is scored only with {@code --score-frozen yes}, once, for the report. Needs no application start: it embeds with the
 * same in-process models the application uses.
 */
public final class UnderstandingTrainer {

    static final int FOLDS = 5;
    static final long SEED = 20261203L;
    static final double[] SURFACE_WEIGHTS = {0.0, 0.5, 1.0};
    static final double[] L2 = {1e-4, 1e-3};
    static final double[] PART_THRESHOLDS = {0.5, 0.6, 0.7, 0.8, 0.9};
    static final int EPOCHS = 300;
    static final double RATE = 2.0;

    private final ObjectMapper json = new ObjectMapper();

    /** A labelled question with its embedding. */
    record Item(LabelledQuestion q, float[] embedding) {}

    public static void main(String... args) {
        try {
            train(args);
        } catch (Exception e) {
            throw new IllegalStateException("training the question understanding failed: " + e.getMessage(), e);
        }
    }

    private static void train(String... args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        new UnderstandingTrainer()
                .run(
                        Path.of(options.getOrDefault("--questions", "docs/evaluation/questions.jsonl")),
                        Path.of(options.getOrDefault("--models", "src/main/resources/understanding")),
                        Path.of(options.getOrDefault("--out", "docs/reports/understanding-training.json")),
                        options.containsKey("--score-frozen"));
    }

    void run(Path questions, Path models, Path out, boolean scoreFrozen) throws Exception {
        List<LabelledQuestion> all = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(questions, StandardCharsets.UTF_8)) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank()) {
                    all.add(json.readValue(line, LabelledQuestion.class));
                }
            }
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("kind", "understanding-training");
        report.put("date", Instant.now().toString());
        report.put("questionSet", questions.toString());
        Files.createDirectories(models);
        for (Language language : Language.values()) {
            EmbeddingModel embedder = language == Language.ZH
                    ? new BgeSmallZhV15QuantizedEmbeddingModel()
                    : new BgeSmallEnV15QuantizedEmbeddingModel();
            List<Item> tune = new ArrayList<>();
            List<Item> test = new ArrayList<>();
            for (LabelledQuestion q : all) {
                if (q.language().equals(language.code())) {
                    Item item =
                            new Item(q, embedder.embed(q.question()).content().vector());
                    (q.frozen() ? test : tune).add(item);
                }
            }
            Map<String, Object> figures = new LinkedHashMap<>();
            UnderstandingModel model = train(language, tune, figures);
            if (scoreFrozen) {
                figures.put("frozenTest", score(model, test));
            }
            report.put(language.code(), figures);
            try (OutputStream o = new GZIPOutputStream(
                    Files.newOutputStream(models.resolve("model-" + language.code() + ".json.gz")))) {
                json.writeValue(o, model);
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        json.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), report);
        System.out.println(
                json.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
    }

    /** Cross-validates the settings on the tuning part, then trains on all of it. */
    UnderstandingModel train(Language language, List<Item> tune, Map<String, Object> figures) {
        List<Item> shuffled = new ArrayList<>(tune);
        Collections.shuffle(shuffled, new Random(SEED));
        Map<String, Object> grid = new LinkedHashMap<>();
        double bestScore = -1;
        double bestSurface = 0, bestL2 = 0, bestThreshold = 0;
        Map<String, Object> bestFolds = null;
        for (double surface : SURFACE_WEIGHTS) {
            for (double l2 : L2) {
                Map<Double, Map<String, Object>> byThreshold = crossValidate(language, shuffled, surface, l2);
                for (Map.Entry<Double, Map<String, Object>> e : byThreshold.entrySet()) {
                    Map<String, Object> cv = e.getValue();
                    grid.put("surface=" + surface + " l2=" + l2 + " partThreshold=" + e.getKey(), cv);
                    double s = (double) cv.get("scopeAccuracy")
                            + (double) cv.get("typeAccuracy")
                            + (double) cv.get("partsAccuracy");
                    if (s > bestScore) {
                        bestScore = s;
                        bestSurface = surface;
                        bestL2 = l2;
                        bestThreshold = e.getKey();
                        bestFolds = cv;
                    }
                }
            }
        }
        UnderstandingModel model = fit(language, tune, bestSurface, bestL2, bestThreshold);
        figures.put("tuningQuestions", tune.size());
        figures.put(
                "chosen",
                Map.of(
                        "surfaceWeight",
                        bestSurface,
                        "l2",
                        bestL2,
                        "partThreshold",
                        bestThreshold,
                        "epochs",
                        EPOCHS,
                        "rate",
                        RATE));
        figures.put("outOfFold", bestFolds);
        figures.put("inFold", score(model, tune));
        figures.put("grid", grid);
        return model;
    }

    /** Out-of-fold accuracies for each part threshold (the threshold does not change what is trained). */
    Map<Double, Map<String, Object>> crossValidate(Language language, List<Item> shuffled, double surface, double l2) {
        Map<Double, int[]> totals = new LinkedHashMap<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Item> train = new ArrayList<>();
            List<Item> held = new ArrayList<>();
            for (int i = 0; i < shuffled.size(); i++) {
                (i % FOLDS == fold ? held : train).add(shuffled.get(i));
            }
            UnderstandingModel model = fit(language, train, surface, l2, PART_THRESHOLDS[0]);
            for (double threshold : PART_THRESHOLDS) {
                UnderstandingModel m = new UnderstandingModel(
                        model.language(),
                        model.embeddingDimensions(),
                        model.surfaceWeight(),
                        model.scope(),
                        model.type(),
                        threshold,
                        model.sectionCentroids(),
                        model.rightsSections());
                Counts c = counts(m, held);
                int[] t = totals.computeIfAbsent(threshold, k -> new int[5]);
                t[0] += c.scopeRight();
                t[1] += c.typeRight();
                t[2] += c.typeTotal();
                t[3] += c.partsRight();
                t[4] += c.partsTotal();
            }
        }
        Map<Double, Map<String, Object>> out = new LinkedHashMap<>();
        totals.forEach((threshold, t) -> {
            Map<String, Object> cv = new LinkedHashMap<>();
            cv.put("scopeAccuracy", round((double) t[0] / shuffled.size()));
            cv.put("typeAccuracy", round((double) t[1] / Math.max(1, t[2])));
            cv.put("partsAccuracy", round((double) t[3] / Math.max(1, t[4])));
            out.put(threshold, cv);
        });
        return out;
    }

    UnderstandingModel fit(Language language, List<Item> items, double surface, double l2, double threshold) {
        List<String> scopes = UnderstandingModel.scopeLabels();
        List<String> types = UnderstandingModel.typeLabels();
        int dims = items.get(0).embedding().length;
        List<SoftmaxClassifier.Example> scopeExamples = new ArrayList<>();
        List<SoftmaxClassifier.Example> typeExamples = new ArrayList<>();
        Map<String, float[]> sums = new HashMap<>();
        java.util.Set<String> rightsSections = new java.util.TreeSet<>();
        for (Item item : items) {
            LabelledQuestion q = item.q();
            scopeExamples.add(new SoftmaxClassifier.Example(
                    UnderstandingModel.scopeFeatures(item.embedding(), q.question(), language, surface),
                    scopes.indexOf(q.scope())));
            // types are learned from single-part procedural questions: their whole text asks that one type
            if (q.scope().equals("procedural") && q.parts().size() == 1) {
                typeExamples.add(new SoftmaxClassifier.Example(
                        TextFeatures.of(q.question(), language),
                        types.indexOf(q.parts().get(0).type())));
            }
            for (LabelledQuestion.Part part : q.parts()) {
                if (q.scope().equals("substantive-rights")) {
                    rightsSections.addAll(part.sections());
                }
                for (String section : part.sections()) {
                    float[] sum = sums.computeIfAbsent(section, k -> new float[dims]);
                    float[] e = Vectors.normalised(item.embedding());
                    for (int i = 0; i < dims; i++) {
                        sum[i] += e[i];
                    }
                }
            }
        }
        Map<String, float[]> centroids = new HashMap<>();
        sums.forEach((k, v) -> centroids.put(k, Vectors.normalised(v)));
        SoftmaxClassifier scope =
                SoftmaxClassifier.train(scopes, dims + TextFeatures.BUCKETS, scopeExamples, l2, EPOCHS, RATE);
        SoftmaxClassifier type = SoftmaxClassifier.train(types, TextFeatures.BUCKETS, typeExamples, l2, EPOCHS, RATE);
        return new UnderstandingModel(
                language.code(), dims, surface, scope, type, threshold, centroids, List.copyOf(rightsSections));
    }

    record Counts(int scopeRight, int typeRight, int typeTotal, int partsRight, int partsTotal, int total) {}

    static Counts counts(UnderstandingModel model, List<Item> items) {
        int scopeRight = 0, typeRight = 0, typeTotal = 0, partsRight = 0, partsTotal = 0;
        for (Item item : items) {
            LabelledQuestion q = item.q();
            Map<String, Double> p = model.scopeProbabilities(item.embedding(), q.question());
            String scope = p.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .orElseThrow()
                    .getKey();
            scopeRight += scope.equals(q.scope()) ? 1 : 0;
            if (q.scope().equals("procedural")) {
                List<Understanding.Part> parts = QuestionParts.split(q.question(), model);
                partsTotal++;
                boolean sameParts = parts.size() == q.parts().size();
                partsRight += sameParts ? 1 : 0;
                typeTotal++;
                boolean typesRight = sameParts;
                for (int i = 0; sameParts && i < parts.size(); i++) {
                    typesRight &=
                            parts.get(i).type().label().equals(q.parts().get(i).type());
                }
                typeRight += typesRight ? 1 : 0;
            }
        }
        return new Counts(scopeRight, typeRight, typeTotal, partsRight, partsTotal, items.size());
    }

    static Map<String, Object> score(UnderstandingModel model, List<Item> items) {
        Counts c = counts(model, items);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("questions", c.total());
        s.put("scopeAccuracy", round((double) c.scopeRight() / Math.max(1, c.total())));
        s.put("typeAccuracy", round((double) c.typeRight() / Math.max(1, c.typeTotal())));
        s.put("partsAccuracy", round((double) c.partsRight() / Math.max(1, c.partsTotal())));
        return s;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
