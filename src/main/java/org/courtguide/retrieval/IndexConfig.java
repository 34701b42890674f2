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

    /** Memory Lucene may buffer before flushing segments during a large ingest. */
    @WithDefault("128")
    int ramBufferMb();
}
