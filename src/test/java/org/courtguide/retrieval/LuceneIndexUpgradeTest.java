package org.courtguide.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A court upgrading keeps its index: one written before chunk ids and titles were kept as doc values still ranks (hits
 * read them from the stored fields), and one written before the Chinese character pairs is indexed again by the next
 * ingest, which reuses its vectors.
 */
class LuceneIndexUpgradeTest {

    @TempDir
    Path dataDir;

    @Test
    void hits_in_segments_without_doc_values_get_their_id_and_title_from_the_stored_fields() throws Exception {
        try (IndexWriter older = new IndexWriter(
                FSDirectory.open(dataDir.resolve("index")), new IndexWriterConfig(new TextAnalyzer()))) {
            for (String[] article : new String[][] {
                {"民事诉讼法第一百七十一条", "中华人民共和国民事诉讼法", "当事人不服地方人民法院第一审判决的，有权在判决书送达之日起十五日内向上一级人民法院提起上诉。"},
                {"民法典第五百七十七条", "中华人民共和国民法典", "当事人一方不履行合同义务的，应当承担继续履行、采取补救措施或者赔偿损失等违约责任。"}
            }) {
                Document doc = new Document();
                doc.add(new StringField(LuceneKnowledgeIndex.ID, article[0], Field.Store.YES));
                doc.add(new StringField(LuceneKnowledgeIndex.VALIDITY, "valid", Field.Store.YES));
                doc.add(new TextField(LuceneKnowledgeIndex.TITLE, article[1], Field.Store.YES));
                doc.add(new TextField(LuceneKnowledgeIndex.BODY, article[2], Field.Store.YES));
                older.addDocument(doc);
            }
            older.commit();
        }
        LuceneKnowledgeIndex index = LuceneIndexFixture.open(dataDir, 0f);
        try {
            assertThat(index.lexicalHits("判决 上诉 期限", "", SearchFilter.any(), 5))
                    .extracting(h -> h.chunkId() + " " + h.title())
                    .containsExactly("民事诉讼法第一百七十一条 中华人民共和国民事诉讼法");
        } finally {
            index.close();
        }
    }

    @Test
    void an_index_without_the_character_pairs_has_every_file_indexed_again_by_the_next_ingest() throws Exception {
        String state =
                "{\"files\":{\"knowledge/statutes/civil-procedure.jsonl\":{\"size\":1200,\"modifiedMillis\":1700000000000,"
                        + "\"sha256\":\"ab12\",\"chunks\":2,\"indexedAt\":\"2026-11-01T00:00:00Z\"}}}";
        try (IndexWriter older = new IndexWriter(
                FSDirectory.open(dataDir.resolve("index")), new IndexWriterConfig(new TextAnalyzer()))) {
            Document doc = new Document();
            doc.add(new StringField(LuceneKnowledgeIndex.ID, "民事诉讼法第一百七十一条", Field.Store.YES));
            older.addDocument(doc);
            older.setLiveCommitData(
                    Map.of(LuceneKnowledgeIndex.STATE_KEY, state).entrySet());
            older.commit();
        }
        LuceneKnowledgeIndex index = LuceneIndexFixture.open(dataDir, 1f);
        try {
            IngestState.FileState file = index.state().files().get("knowledge/statutes/civil-procedure.jsonl");
            // neither the size nor the hash can match the file on disk, so the ingestor indexes it again
            assertThat(file.size()).isEqualTo(-1);
            assertThat(file.sha256()).isEmpty();
            assertThat(file.chunks()).isEqualTo(2);

            index.commit(index.state());
        } finally {
            index.close();
        }
        LuceneKnowledgeIndex reopened = LuceneIndexFixture.open(dataDir, 1f);
        try {
            // once committed in the current layout, the state is taken as it is
            assertThat(reopened.state()
                            .files()
                            .get("knowledge/statutes/civil-procedure.jsonl")
                            .size())
                    .isEqualTo(-1);
            reopened.commit(new IngestState(Map.of("a.jsonl", new IngestState.FileState(10, 20, "cd34", 1, "now"))));
        } finally {
            reopened.close();
        }
        LuceneKnowledgeIndex current = LuceneIndexFixture.open(dataDir, 1f);
        try {
            assertThat(current.state().files().get("a.jsonl").sha256()).isEqualTo("cd34");
        } finally {
            current.close();
        }
    }
}
