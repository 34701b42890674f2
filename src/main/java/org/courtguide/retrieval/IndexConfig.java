package org.courtguide.retrieval;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The index that holds chunks and vectors. */
@ConfigMapping(prefix = "court-guide.index")
public interface IndexConfig {

    /**
     * {@code embedded}: an on-disk Lucene index under the data folder (BM25 text index plus HNSW vectors);
     * {@code qdrant}: a Qdrant collection shared by all replicas (see {@code court-guide.qdrant.*}).
     */
    @WithDefault("embedded")
    String backend();

    /**
     * Memory Lucene may buffer before it writes a segment during an ingest. Each segment written during a bulk load is
     * merged (its HNSW graph rebuilt) at the end, so a buffer that holds the whole load saves the merge: about 5 KB per
     * chunk, 700 MB for 141,196 chunks. Unset: a third of the maximum heap, at most 1,024 MB.
     */
    java.util.Optional<Integer> ramBufferMb();

    /** The buffer to use: the configured one, or a third of the maximum heap, at most 1,024 MB. */
    default int ramBufferMbOrDefault() {
        long thirdOfHeapMb = Runtime.getRuntime().maxMemory() / 3 / (1024 * 1024);
        return ramBufferMb().orElse((int) Math.max(16, Math.min(1024, thirdOfHeapMb)));
    }
}
