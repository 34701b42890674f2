package org.courtguide.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.courtguide.InputFileException;
import org.courtguide.JsonLines;

/** One line of a question set: the question and the {@code doc_id}s of the articles that answer it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvalQuestion(String id, String question, List<Gold> gold) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Gold(@JsonProperty("doc_id") String docId) {}

    public List<String> goldIds() {
        return gold == null
                ? List.of()
                : gold.stream().map(Gold::docId).distinct().toList();
    }

    /**
     * The questions of a JSONL file, the first {@code limit} of them (0 = all); blank lines are skipped. A line that is
     * not a question is an {@link InputFileException} naming the file and line.
     */
    public static List<EvalQuestion> read(ObjectMapper json, Path file, int limit) {
        List<EvalQuestion> questions = JsonLines.read(json, file, EvalQuestion.class, limit);
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).question() == null
                    || questions.get(i).question().isBlank()) {
                throw new InputFileException(file + ": question " + (i + 1) + " has no \"question\" text.");
            }
        }
        return questions;
    }
}
