package org.courtguide.source;

import java.util.Locale;

/** Whether a source is in force. Repealed and superseded sources stay indexed but are not returned by default. */
public enum Validity {
    VALID,
    REPEALED,
    SUPERSEDED;

    public static Validity parse(Object value) {
        if (value == null || value.toString().isBlank()) {
            return VALID;
        }
        return valueOf(value.toString().trim().toUpperCase(Locale.ROOT));
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
