package org.courtguide.retrieval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.courtguide.source.KnowledgeChunk;
import org.courtguide.source.SourceDocument;

/** A whole source as indexed: its metadata and its sections in reading order. */
public record StoredSource(SourceDocument document, List<KnowledgeChunk> sections) {

    /** The passages of any number of sources, regrouped per source in reading order, sources by title. */
    public static List<StoredSource> regroup(Collection<Passage> passages) {
        Map<String, List<Passage>> bySource = new LinkedHashMap<>();
        for (Passage p : passages) {
            bySource.computeIfAbsent(p.chunk().sourceId(), id -> new ArrayList<>())
                    .add(p);
        }
        return bySource.values().stream()
                .map(ps -> {
                    ps.sort(Comparator.comparingInt(p -> p.chunk().order()));
                    return new StoredSource(
                            ps.get(0).document(),
                            ps.stream().map(Passage::chunk).toList());
                })
                .sorted(Comparator.comparing(s -> s.document().title()))
                .toList();
    }
}
