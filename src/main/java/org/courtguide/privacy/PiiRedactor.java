package org.courtguide.privacy;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/** Interim redactor (digits runs only); replaced by the full zh/en redactor. */
@ApplicationScoped
public class PiiRedactor {

    /** The kinds of personal data recognised. */
    public enum PiiKind {
        ID_NUMBER,
        PHONE,
        EMAIL,
        BANK_CARD,
        CASE_NUMBER,
        NAME,
        ADDRESS
    }

    /** The redacted text and how many of each kind were replaced. */
    public record Redaction(String text, Map<PiiKind, Integer> found) {
    }

    public Redaction redact(String text) {
        return new Redaction(text == null ? "" : text.replaceAll("\\d{7,}", "[NUMBER]"), Map.of());
    }
}
