package org.courtguide.retrieval;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.courtguide.source.Hashing;

/**
 * What has been indexed, per source file. It is committed atomically with the index, so after a crash the index and
 * this record never disagree; the knowledge-base version is derived from it.
 */
public record IngestState(Map<String, FileState> files) {

    /** Size and modification time let a restart skip unchanged files without reading them; the hash confirms a change. */
    public record FileState(long size, long modifiedMillis, String sha256, long chunks, String indexedAt) {}

    public static IngestState empty() {
        return new IngestState(new TreeMap<>());
    }

    /** A short hash over what is indexed: it changes exactly when the indexed content changes. */
    public String knowledgeVersion() {
        if (files.isEmpty()) {
            return "empty";
        }
        String all = new TreeMap<>(files)
                .entrySet().stream()
                        .map(e -> e.getKey() + ":" + e.getValue().sha256())
                        .collect(Collectors.joining("\n"));
        return Hashing.sha256(all).substring(0, 12);
    }

    /**
     * The same files, each marked as changed: the next ingest indexes every one again, and still removes the files
     * that are gone.
     */
    public IngestState allChanged() {
        Map<String, FileState> changed = new TreeMap<>();
        files.forEach((file, state) -> changed.put(file, new FileState(-1, -1, "", state.chunks(), state.indexedAt())));
        return new IngestState(changed);
    }

    public long chunkCount() {
        return files.values().stream().mapToLong(FileState::chunks).sum();
    }
}
