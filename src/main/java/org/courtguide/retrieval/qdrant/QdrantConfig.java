package org.courtguide.retrieval.qdrant;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The Qdrant vector store, used when {@code court-guide.index.backend=qdrant}. Only read then: the embedded default
 * never opens a connection.
 */
@ConfigMapping(prefix = "court-guide.qdrant")
public interface QdrantConfig {

    /** Host of Qdrant's gRPC endpoint. */
    @WithDefault("localhost")
    String host();

    /** gRPC port (Qdrant's REST API on 6333 is not used). */
    @WithDefault("6334")
    int port();

    /** TLS to Qdrant; required whenever an API key travels over a network that is not private. */
    @WithDefault("false")
    boolean useTls();

    /** API key (Qdrant's {@code service.api_key}); from a Secret, never from a values file. */
    Optional<String> apiKey();

    /** One collection per deployment; the evaluation command can point at another one. */
    @WithDefault("court-guide")
    String collection();

    /**
     * Shards of the collection when the app creates it (Qdrant's default otherwise: one per node at creation).
     * Fixed at creation: changing it later means a new collection and a reindex.
     */
    Optional<Integer> shardNumber();

    /** Copies of each shard when the app creates the collection; 2 or more survives the loss of a node. */
    Optional<Integer> replicationFactor();

    /** Deadline of each call to Qdrant. */
    @WithDefault("10s")
    Duration timeout();

    /** Points per upsert request during ingestion. */
    @WithDefault("128")
    int upsertBatch();

    /**
     * Where hybrid fusion runs when {@code court-guide.retrieval.fusion=rrf}: {@code true} sends one Query API request
     * (dense and sparse prefetch, RRF) so Qdrant fuses; {@code false} fuses in the app like the embedded index.
     */
    @WithDefault("true")
    boolean serverFusion();

    /** BM25 term-frequency saturation, as Lucene's default. */
    @WithDefault("1.2")
    double bm25K1();

    /** BM25 length normalisation, as Lucene's default. */
    @WithDefault("0.75")
    double bm25B();

    /**
     * Average field lengths in tokens for BM25 length normalisation (title, section, body). Lucene computes these over
     * the index; the sparse weights are computed per chunk at ingest time, so they are fixed here.
     */
    @WithDefault("8")
    double avgTitleTokens();

    @WithDefault("4")
    double avgSectionTokens();

    @WithDefault("60")
    double avgBodyTokens();

    /** Average count of Chinese character pairs in a body (1.85 per word on the statute corpus). */
    @WithDefault("110")
    double avgBodyPairs();
}
