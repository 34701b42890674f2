package org.courtguide.ask;

import java.util.Optional;
import org.courtguide.accessibility.DisplayMode;

/**
 * How an answer is written. {@code PLAIN} is the accessible mode's: short sentences, one idea per line, taken from
 * the easy-read lines the guide's authors wrote, with a small glossary of the legal terms used.
 */
public enum AnswerStyle {
    STANDARD,
    PLAIN;

    public static AnswerStyle of(DisplayMode mode) {
        return mode == DisplayMode.ACCESSIBLE ? PLAIN : STANDARD;
    }

    /** {@code "accessible"} → plain; absent → standard; anything else → empty (a client error). */
    public static Optional<AnswerStyle> fromApiMode(String mode) {
        if (mode == null || mode.isBlank()) {
            return Optional.of(STANDARD);
        }
        return DisplayMode.parse(mode).map(AnswerStyle::of);
    }
}
