package org.courtguide.understanding;

import java.util.Arrays;

/** What a question asks of the service, as labelled in the question set. */
public enum Scope {
    /** A court procedure the guides may answer. */
    PROCEDURAL("procedural", false),
    /** One's rights under substantive law: answered with how to bring such a dispute, rights left to legal aid. */
    SUBSTANTIVE_RIGHTS("substantive-rights", false),
    DECIDE_OR_PREDICT("decide-or-predict", true),
    STRATEGY("strategy", true),
    OTHER_JURISDICTION("other-jurisdiction", true),
    CRIMINAL("criminal", true),
    OFF_TOPIC("off-topic", true),
    PROCEDURE_NOT_IN_GUIDES("procedure-not-in-guides", true);

    private final String label;
    private final boolean declined;

    Scope(String label, boolean declined) {
        this.label = label;
        this.declined = declined;
    }

    public String label() {
        return label;
    }

    /** Whether the service declines the question (with this scope as the reason) instead of quoting the guides. */
    public boolean declined() {
        return declined;
    }

    public static Scope of(String label) {
        return Arrays.stream(values())
                .filter(s -> s.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scope " + label));
    }
}
