package org.courtguide.ask;

/** A numbered source of an answer; {@code url} opens the cited section. */
public record Citation(int n, String sourceId, String title, String section, String issuer, String date, String url) {
}
