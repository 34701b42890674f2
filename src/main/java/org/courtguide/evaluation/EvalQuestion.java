package org.courtguide.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One line of a question set: the question and the {@code doc_id}s of the articles that answer it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvalQuestion(String id, String question, List<Gold> gold) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Gold(@JsonProperty("doc_id") String docId) {
    }

    public List<String> goldIds() {
        return gold == null ? List.of() : gold.stream().map(Gold::docId).distinct().toList();
    }

    /** The questions of a JSONL file, the first {@code limit} of them (0 = all); blank lines are skipped. */
    public static List<EvalQuestion> read(ObjectMapper json, Path file, int limit) throws IOException {
        List<EvalQuestion> questions = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null && (limit <= 0 || questions.size() < limit)) {
                if (!line.isBlank()) {
                    questions.add(json.readValue(line, EvalQuestion.class));
                }
            }
        }
        return questions;
    }
}
