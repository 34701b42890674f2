package org.courtguide.privacy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A text with its personal data replaced by placeholders, and how many items of each kind were replaced. Only kinds
 * that were found appear in {@code found}, in {@link PiiKind} order.
 */
public record Redaction(String text, Map<PiiKind, Integer> found) {

    public Redaction {
        text = text == null ? "" : text;
        found = found == null || found.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(found));
    }

    /** Whether anything was replaced. */
    public boolean redacted() {
        return !found.isEmpty();
    }
}
