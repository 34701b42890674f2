package org.courtguide.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * A character pair that most chunks of a large index hold ("可以") is left out of the question's BM25 query: it weighs
 * next to nothing and its posting list is the longest to walk. The pairs that tell chunks apart stay.
 */
class Bm25QueryTest {

    private final TextAnalyzer words = new TextAnalyzer();
    private final ChineseBigramAnalyzer pairs = new ChineseBigramAnalyzer();

    @Test
    void a_pair_most_chunks_hold_is_left_out_of_the_query_in_a_large_index() throws IOException {
        try (DirectoryReader reader = indexOf(40)) {
            String query = new Bm25Query(words, pairs, config(0.05), 10)
                    .query(reader, "可以起诉吗", "")
                    .orElseThrow()
                    .toString();
            assertThat(query)
                    .contains(LuceneKnowledgeIndex.BODY_PAIRS + ":起诉")
                    .doesNotContain(LuceneKnowledgeIndex.BODY_PAIRS + ":可以");
        }
    }

    @Test
    void a_small_index_or_a_share_of_one_keeps_every_pair() throws IOException {
        try (DirectoryReader reader = indexOf(40)) {
            assertThat(new Bm25Query(words, pairs, config(0.05), 41)
                            .query(reader, "可以起诉吗", "")
                            .orElseThrow()
                            .toString())
                    .contains(LuceneKnowledgeIndex.BODY_PAIRS + ":可以");
            assertThat(new Bm25Query(words, pairs, config(1.0), 10)
                            .query(reader, "可以起诉吗", "")
                            .orElseThrow()
                            .toString())
                    .contains(LuceneKnowledgeIndex.BODY_PAIRS + ":可以");
        }
    }

    @Test
    void a_question_without_a_searchable_term_has_no_query() throws IOException {
        try (DirectoryReader reader = indexOf(3)) {
            assertThat(new Bm25Query(words, pairs, config(0.05), 10).query(reader, "？！", ""))
                    .isEmpty();
        }
    }

    /** {@code chunks} chunks that all say "可以"; the first also says "起诉". */
    private DirectoryReader indexOf(int chunks) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(
                directory,
                new IndexWriterConfig(
                        new PerFieldAnalyzerWrapper(words, Map.of(LuceneKnowledgeIndex.BODY_PAIRS, pairs))))) {
            for (int i = 0; i < chunks; i++) {
                String text = i == 0 ? "当事人可以向人民法院起诉" : "当事人可以委托代理人";
                Document doc = new Document();
                doc.add(new TextField(LuceneKnowledgeIndex.BODY, text, Field.Store.NO));
                doc.add(new TextField(LuceneKnowledgeIndex.BODY_PAIRS, text, Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        return DirectoryReader.open(directory);
    }

    private static RetrievalConfig config(double maxShare) {
        RetrievalConfig config = LuceneIndexFixture.retrievalConfig(1f);
        when(config.characterPairMaxShare()).thenReturn(maxShare);
        return config;
    }
}
