package org.courtguide.ask;

import java.util.Locale;

/** How answers are given: the standard presentation, or the accessible mode's plain language. */
public enum AnswerMode {
    STANDARD,
    ACCESSIBLE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
