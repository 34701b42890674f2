package org.courtguide.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a question into its parts: the question is cut into clauses, each clause's type is read by the type
 * classifier, and a clause whose type is clear (probability at least the model's threshold) and differs from the
 * part before starts a new part. Clauses with no clear type (a situation: "我不服一审判决") stay with the part they
 * lead into. One clear type, or none, gives one part typed by the whole question.
 */
final class QuestionParts {

    private static final Pattern CLAUSE = Pattern.compile("[？?！!。；;，,、\\n]+|\\s+(?:and|also|plus)\\s+");

    private QuestionParts() {}

    static List<Understanding.Part> split(String question, UnderstandingModel model) {
        double[] whole = model.typeProbabilities(question);
        List<String> clauses = new ArrayList<>();
        for (String c : CLAUSE.split(question)) {
            if (!c.isBlank()) {
                clauses.add(c.strip());
            }
        }
        List<QuestionType> types = new ArrayList<>();
        List<Double> confidences = new ArrayList<>();
        List<StringBuilder> texts = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String clause : clauses) {
            double[] p = model.typeProbabilities(clause);
            int best = argmax(p);
            QuestionType type = QuestionType.of(model.type().classes().get(best));
            pending.append(pending.isEmpty() ? "" : "，").append(clause);
            if (p[best] < model.partThreshold()) {
                continue;
            }
            if (!types.isEmpty() && types.get(types.size() - 1) == type) {
                texts.get(texts.size() - 1).append("，").append(pending);
            } else if (types.size() < Understanding.MAX_PARTS) {
                types.add(type);
                confidences.add(p[best]);
                texts.add(new StringBuilder(pending));
            } else {
                texts.get(texts.size() - 1).append("，").append(pending);
            }
            pending.setLength(0);
        }
        if (types.size() <= 1) {
            int best = argmax(whole);
            return List.of(new Understanding.Part(
                    QuestionType.of(model.type().classes().get(best)), whole[best], question));
        }
        if (!pending.isEmpty()) {
            texts.get(texts.size() - 1).append("，").append(pending);
        }
        List<Understanding.Part> parts = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            parts.add(new Understanding.Part(
                    types.get(i), confidences.get(i), texts.get(i).toString()));
        }
        return parts;
    }

    static int argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }
}
