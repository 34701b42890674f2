package org.courtguide.ask;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A numbered source of an answer; {@code url} opens the cited section. {@code reviewedBy} and {@code reviewedOn} are
 * given only for a guide a court has reviewed and signed.
 */
public record Citation(
        int n,
        String sourceId,
        String title,
        String section,
        String issuer,
        String date,
        String url,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String reviewedBy,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String reviewedOn) {

    /** A citation of a source nobody has reviewed. */
    public Citation(int n, String sourceId, String title, String section, String issuer, String date, String url) {
        this(n, sourceId, title, section, issuer, date, url, "", "");
    }

    public boolean reviewed() {
        return reviewedBy != null && !reviewedBy.isBlank();
    }
}
