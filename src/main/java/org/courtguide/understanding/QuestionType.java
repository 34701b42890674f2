package org.courtguide.understanding;

import java.util.Arrays;

/** What kind of answer a question (or one part of it) asks for; it decides which section of a guide answers it. */
public enum QuestionType {
    DEADLINE("deadline"),
    COST("cost"),
    WHERE("where"),
    HOW("how"),
    ELIGIBILITY("eligibility"),
    NEXT("next"),
    DOCUMENTS("documents");

    private final String label;

    QuestionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static QuestionType of(String label) {
        return Arrays.stream(values())
                .filter(t -> t.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown question type " + label));
    }
}
