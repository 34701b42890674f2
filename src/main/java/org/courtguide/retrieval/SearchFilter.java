package org.courtguide.retrieval;

import java.util.Optional;
import org.courtguide.source.SourceKind;

/**
 * Which chunks a search may return. By default only sources in force; repealed and superseded ones only on request.
 */
public record SearchFilter(Optional<String> language, Optional<SourceKind> kind, boolean includeNotInForce) {

    public static SearchFilter any() {
        return new SearchFilter(Optional.empty(), Optional.empty(), false);
    }

    public static SearchFilter language(String language) {
        return new SearchFilter(Optional.ofNullable(language), Optional.empty(), false);
    }

    public SearchFilter onlyKind(SourceKind onlyKind) {
        return new SearchFilter(language, Optional.of(onlyKind), includeNotInForce);
    }
}
