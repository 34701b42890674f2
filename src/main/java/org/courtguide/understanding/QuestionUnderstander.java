package org.courtguide.understanding;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.courtguide.Language;
import org.courtguide.retrieval.Embedders;
import org.jboss.logging.Logger;

/**
 * Reads a question before retrieval: scope, parts with their types, and a money amount. Runs in-process from the
 * parameters {@code train-understanding} learned on the tuning part of the labelled question set; costs one embedding
 * of the question. Without parameters for a language it returns nothing and the answer is composed as before.
 */
@ApplicationScoped
public class QuestionUnderstander {

    private static final Logger LOG = Logger.getLogger(QuestionUnderstander.class);

    private final Embedders embedders;
    private final Map<Language, UnderstandingModel> models = new EnumMap<>(Language.class);

    QuestionUnderstander(Embedders embedders, ObjectMapper json) {
        this.embedders = embedders;
        for (Language language : Language.values()) {
            load(json, language).ifPresent(m -> models.put(language, m));
        }
    }

    public Optional<Understanding> understand(String question, Language language) {
        UnderstandingModel model = models.get(language);
        if (model == null) {
            return Optional.empty();
        }
        float[] embedding = embedders.embed(language, question);
        Map<String, Double> scopes = model.scopeProbabilities(embedding, question);
        Map.Entry<String, Double> best =
                scopes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        return Optional.of(new Understanding(
                Scope.of(best.getKey()),
                best.getValue(),
                QuestionParts.split(question, model),
                embedding,
                MoneyAmounts.find(question)));
    }

    public Optional<UnderstandingModel> model(Language language) {
        return Optional.ofNullable(models.get(language));
    }

    /** The model file on the class path, as {@code train-understanding} writes it. */
    public static String resource(Language language) {
        return "understanding/model-" + language.code() + ".json.gz";
    }

    private static Optional<UnderstandingModel> load(ObjectMapper json, Language language) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource(language))) {
            if (in == null) {
                LOG.warnf(
                        "No question-understanding parameters for %s: answers are composed without them",
                        language.code());
                return Optional.empty();
            }
            return Optional.of(json.readValue(new GZIPInputStream(in), UnderstandingModel.class));
        } catch (IOException e) {
            LOG.warnf("Question-understanding parameters for %s are unreadable: %s", language.code(), e.getMessage());
            return Optional.empty();
        }
    }
}
