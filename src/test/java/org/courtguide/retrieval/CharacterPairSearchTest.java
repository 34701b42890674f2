package org.courtguide.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.courtguide.source.KnowledgeChunk;
import org.courtguide.source.SourceBatch;
import org.courtguide.source.SourceDocument;
import org.courtguide.source.SourceKind;
import org.courtguide.source.Validity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * BM25 also matches overlapping Chinese character pairs: a layperson's word that word segmentation cuts differently
 * from the law's ("诉讼费" is one word, "诉讼费用" two) still finds the article.
 */
class CharacterPairSearchTest {

    private static final String FEES = "当事人进行民事诉讼，应当按照规定交纳案件受理费。财产案件除交纳案件受理费外，并按照规定交纳其他诉讼费用。";
    private static final String AGENTS = "当事人、法定代理人可以委托一至二人作为诉讼代理人。";

    @TempDir
    Path dataDir;

    @Test
    void a_lay_word_segmented_differently_from_the_law_still_finds_the_article() {
        try (var ignored = indexWith(1f)) {
            LuceneKnowledgeIndex index = ignored.index();
            assertThat(index.lexicalHits("诉讼费", "", SearchFilter.any(), 5))
                    .extracting(Hit::chunkId)
                    .first()
                    .isEqualTo("民事诉讼法第一百二十一条");
        }
    }

    @Test
    void without_the_pairs_the_same_word_finds_nothing() {
        try (var ignored = indexWith(0f)) {
            assertThat(ignored.index().lexicalHits("诉讼费", "", SearchFilter.any(), 5))
                    .isEmpty();
        }
    }

    @Test
    void pairs_are_made_of_chinese_characters_only() throws IOException {
        assertThat(pairs("交纳诉讼费 court fee 2024年")).containsExactly("交纳", "纳诉", "诉讼", "讼费", "年");
    }

    private Opened indexWith(float characterPairBoost) {
        LuceneKnowledgeIndex index = LuceneIndexFixture.open(dataDir, characterPairBoost);
        SourceDocument law = new SourceDocument(
                "民事诉讼法",
                SourceKind.STATUTE,
                "中华人民共和国民事诉讼法",
                "全国人民代表大会",
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
        List<KnowledgeChunk> chunks =
                List.of(article("民事诉讼法第一百二十一条", "第一百二十一条", FEES), article("民事诉讼法第六十一条", "第六十一条", AGENTS));
        float[] vector = new float[512];
        vector[0] = 1;
        index.upsert(
                "statutes.jsonl",
                "g1",
                List.of(new SourceBatch(law, chunks)),
                List.of(vector, vector),
                List.of("k1", "k2"));
        index.commit(IngestState.empty());
        return new Opened(index);
    }

    private static KnowledgeChunk article(String id, String number, String text) {
        return new KnowledgeChunk(
                id, "民事诉讼法", SourceKind.STATUTE, "zh", Validity.VALID, "中华人民共和国民事诉讼法", number, number, 0, text, text);
    }

    private static List<String> pairs(String text) throws IOException {
        List<String> pairs = new ArrayList<>();
        try (ChineseBigramAnalyzer analyzer = new ChineseBigramAnalyzer();
                TokenStream tokens = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                pairs.add(term.toString());
            }
            tokens.end();
        }
        return pairs;
    }

    private record Opened(LuceneKnowledgeIndex index) implements AutoCloseable {
        @Override
        public void close() {
            try {
                index.close();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
