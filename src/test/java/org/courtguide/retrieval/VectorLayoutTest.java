package org.courtguide.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.courtguide.Language;
import org.courtguide.source.KnowledgeChunk;
import org.courtguide.source.SourceBatch;
import org.courtguide.source.SourceDocument;
import org.courtguide.source.SourceKind;
import org.courtguide.source.Validity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vectors are compared by dot product at unit length: the dense ranking and the cosine it reports are those of cosine
 * similarity whatever length a vector comes in, and an index written with the earlier cosine fields is rewritten.
 */
class VectorLayoutTest {

    @TempDir
    Path dataDir;

    @Test
    void the_dense_search_ranks_and_scores_by_cosine_whatever_the_length_of_the_vectors() throws IOException {
        try (var index = new Closing(LuceneIndexFixture.open(dataDir, 1f))) {
            List<SourceBatch> batches = List.of(batch("same-direction"), batch("close"), batch("orthogonal"));
            // lengths 5, 10 and 2: a dot product of unscaled vectors would rank "close" first
            List<float[]> vectors = List.of(vector(3, 4, 0), vector(0, 10, 0), vector(0, 0, 2));
            index.it.upsert("f", "g", batches, vectors, List.of("k1", "k2", "k3"));
            index.it.commit(IngestState.empty());

            List<Passage> found = index.it.dense(Language.ZH, vector(0.6f, 0.8f, 0), SearchFilter.any(), 3);

            assertThat(found)
                    .extracting(p -> p.chunk().sourceId())
                    .containsExactly("same-direction", "close", "orthogonal");
            assertThat(found.get(0).score()).isCloseTo(1.0, within(1e-5));
            assertThat(found.get(1).score()).isCloseTo(0.8, within(1e-5));
            assertThat(found.get(2).score()).isCloseTo(0.0, within(1e-5));
            // the stored vector is kept as the model made it, for re-use by the next ingest
            assertThat(index.it.storedVector("k2"))
                    .hasValueSatisfying(v -> assertThat(v[1]).isEqualTo(10f));
        }
    }

    @Test
    void an_index_recorded_with_the_earlier_layout_reports_every_file_changed() throws IOException {
        try (var index = new Closing(LuceneIndexFixture.open(dataDir, 1f))) {
            index.it.upsert("f", "g", List.of(batch("a")), List.of(vector(1, 0, 0)), List.of("k1"));
            Map<String, IngestState.FileState> files = new TreeMap<>();
            files.put("f", new IngestState.FileState(10, 20, "sha", 1, "2026-11-27T00:00:00Z"));
            index.it.commit(new IngestState(files));
            assertThat(index.it.state().files().get("f").sha256()).isEqualTo("sha");
        }
        // the commit data an index of the cosine layout carried
        try (IndexWriter writer = new IndexWriter(
                FSDirectory.open(dataDir.resolve("index")),
                new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            Map<String, String> data = new TreeMap<>();
            writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            data.put("court-guide.index-layout", "2");
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }

        try (var reopened = new Closing(LuceneIndexFixture.open(dataDir, 1f))) {
            IngestState.FileState state = reopened.it.state().files().get("f");
            assertThat(state.sha256())
                    .as("changed, so the next ingest rewrites it")
                    .isEmpty();
            assertThat(state.chunks()).isEqualTo(1);
        }
    }

    private static float[] vector(float... leading) {
        float[] v = new float[8];
        System.arraycopy(leading, 0, v, 0, leading.length);
        return v;
    }

    private static SourceBatch batch(String id) {
        SourceDocument document = new SourceDocument(
                id,
                SourceKind.STATUTE,
                "标题" + id,
                "法院",
                null,
                null,
                null,
                Validity.VALID,
                "zh",
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null);
        return new SourceBatch(
                document,
                List.of(new KnowledgeChunk(
                        id,
                        id,
                        SourceKind.STATUTE,
                        "zh",
                        Validity.VALID,
                        "标题" + id,
                        "第一节",
                        "s1",
                        0,
                        "条文" + id,
                        "条文" + id)));
    }

    /** Closes the index after each use, so the folder can be reopened. */
    private record Closing(LuceneKnowledgeIndex it) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            it.close();
        }
    }
}
