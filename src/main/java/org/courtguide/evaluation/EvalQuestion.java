package org.courtguide.evaluation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One line of a question set: the question and the {@code doc_id}s of the articles that answer it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvalQuestion(String id, String question, List<Gold> gold) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Gold(@JsonProperty("doc_id") String docId) {
    }

    public List<String> goldIds() {
        return gold == null ? List.of() : gold.stream().map(Gold::docId).distinct().toList();
    }
}
