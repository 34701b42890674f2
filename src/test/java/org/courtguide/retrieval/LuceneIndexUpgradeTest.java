package org.courtguide.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.util.Optional;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.courtguide.CourtGuideConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An index written before chunk ids and titles were kept as doc values still ranks: hits read them from the stored
 * fields instead (a court upgrading keeps its index until the next full re-index).
 */
class LuceneIndexUpgradeTest {

    @TempDir
    Path dataDir;

    @Test
    void hits_in_segments_without_doc_values_get_their_id_and_title_from_the_stored_fields() throws Exception {
        try (IndexWriter older = new IndexWriter(FSDirectory.open(dataDir.resolve("index")),
                new IndexWriterConfig(new TextAnalyzer()))) {
            for (String[] article : new String[][] {{"民事诉讼法第一百七十一条", "中华人民共和国民事诉讼法", "当事人不服地方人民法院第一审判决的，有权在判决书送达之日起十五日内向上一级人民法院提起上诉。"},
                    {"民法典第五百七十七条", "中华人民共和国民法典", "当事人一方不履行合同义务的，应当承担继续履行、采取补救措施或者赔偿损失等违约责任。"}}) {
                Document doc = new Document();
                doc.add(new StringField(LuceneKnowledgeIndex.ID, article[0], Field.Store.YES));
                doc.add(new StringField(LuceneKnowledgeIndex.VALIDITY, "valid", Field.Store.YES));
                doc.add(new TextField(LuceneKnowledgeIndex.TITLE, article[1], Field.Store.YES));
                doc.add(new TextField(LuceneKnowledgeIndex.BODY, article[2], Field.Store.YES));
                older.addDocument(doc);
            }
            older.commit();
        }
        LuceneKnowledgeIndex index = new LuceneKnowledgeIndex(courtGuide(), indexConfig(), retrievalConfig(),
                new ObjectMapper());
        index.open();
        try {
            assertThat(index.lexicalHits("判决 上诉 期限", "", SearchFilter.any(), 5))
                    .extracting(h -> h.chunkId() + " " + h.title())
                    .containsExactly("民事诉讼法第一百七十一条 中华人民共和国民事诉讼法");
        } finally {
            index.close();
        }
    }

    private CourtGuideConfig courtGuide() {
        CourtGuideConfig config = mock(CourtGuideConfig.class);
        when(config.dataDir()).thenReturn(dataDir);
        return config;
    }

    private static IndexConfig indexConfig() {
        IndexConfig config = mock(IndexConfig.class, CALLS_REAL_METHODS);
        // stubbed without calling: with real methods on, calling an abstract one would throw
        doReturn(Optional.empty()).when(config).ramBufferMb();
        return config;
    }

    private static RetrievalConfig retrievalConfig() {
        RetrievalConfig config = mock(RetrievalConfig.class);
        when(config.bm25K1()).thenReturn(1.2f);
        when(config.bm25B()).thenReturn(0.75f);
        when(config.bodyBoost()).thenReturn(1f);
        when(config.sectionBoost()).thenReturn(0.6f);
        when(config.titleBoost()).thenReturn(0.3f);
        when(config.expansionBoost()).thenReturn(0.5f);
        return config;
    }
}
