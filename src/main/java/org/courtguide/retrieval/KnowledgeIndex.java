package org.courtguide.retrieval;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.courtguide.Language;
import org.courtguide.source.SourceBatch;

/**
 * The retrieval port: where chunks, their vectors and the ingest state are kept. The embedded implementation keeps
 * everything in one on-disk Lucene index; another store can implement this without changing any caller.
 */
public interface KnowledgeIndex {

    /**
     * What a stored chunk holds beside its text and vector; recorded with the ingest state. A store written with
     * another layout reports every file as changed ({@link IngestState#allChanged()}), so the next ingest writes each
     * chunk again, reusing the stored vectors. 2: the body's Chinese character pairs for BM25.
     */
    String LAYOUT = "2";

    /**
     * Adds or replaces the chunks of these sources; {@code vectors} and {@code vectorKeys} line up with the chunks,
     * source by source. A vector key identifies the embedded text and the model that embedded it.
     */
    void upsert(
            String sourceFile,
            String generation,
            List<SourceBatch> batches,
            List<float[]> vectors,
            List<String> vectorKeys);

    /** Removes the chunks of {@code sourceFile} that were not written by {@code generation}; null removes them all. */
    void removeStale(String sourceFile, String generation);

    /** A vector already stored for a chunk with the same content, so re-ingests do not re-embed. */
    Optional<float[]> storedVector(String vectorKey);

    /** The vector stored with a chunk (for query feedback). */
    Optional<float[]> storedVectorOfChunk(String chunkId);

    /** Makes writes visible to searches (called every few seconds during an ingest and by each commit). */
    void refresh();

    /** Durably records the writes together with the new ingest state. */
    void commit(IngestState state);

    /**
     * Drops whatever was written since the last commit (an ingest that failed half-way, a full disk) and goes on
     * serving the last committed index, ready for the next ingest. A store that commits every write has nothing to do.
     */
    default void discardUncommitted() {}

    /**
     * After a large ingest: reorganises the committed index for searching (the embedded index merges its segments
     * into one). Stores that organise themselves have nothing to do.
     */
    default void compact() {}

    IngestState state();

    /** BM25 over the text fields; {@code expansion} holds extra terms weighted below the query's own. */
    List<Passage> lexical(String query, String expansion, SearchFilter filter, int k);

    default List<Passage> lexical(String query, SearchFilter filter, int k) {
        return lexical(query, "", filter, k);
    }

    /** Nearest chunks of {@code language} to a vector made by that language's embedding model. */
    List<Passage> dense(Language language, float[] queryVector, SearchFilter filter, int k);

    /** {@link #lexical(String, String, SearchFilter, int)} as hits; a store may leave the passages unread. */
    default List<Hit> lexicalHits(String query, String expansion, SearchFilter filter, int k) {
        return lexical(query, expansion, filter, k).stream().map(Hit::of).toList();
    }

    /** {@link #dense(Language, float[], SearchFilter, int)} as hits; a store may leave the passages unread. */
    default List<Hit> denseHits(Language language, float[] queryVector, SearchFilter filter, int k) {
        return dense(language, queryVector, filter, k).stream().map(Hit::of).toList();
    }

    /**
     * The passages of {@code hits}, in their order and with their scores; a hit whose chunk was removed since it was
     * found is left out.
     */
    default List<Passage> passages(List<Hit> hits) {
        return hits.stream().map(h -> h.passage().withScore(h.score())).toList();
    }

    /**
     * Hybrid search fused by the store itself (weighted reciprocal rank fusion of the dense and the BM25 ranking), or
     * empty when the store leaves fusion to {@link HybridRetriever}.
     */
    default Optional<List<Passage>> fused(
            String query,
            String expansion,
            Language language,
            float[] queryVector,
            SearchFilter filter,
            int candidates,
            int k) {
        return Optional.empty();
    }

    Optional<StoredSource> source(String sourceId);

    /** Every guide's metadata, for the guide library. */
    Collection<StoredSource> guides();

    /** Number of chunks searchable now. */
    long size();
}
