package org.courtguide.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.courtguide.Language;
import org.courtguide.source.KnowledgeChunk;
import org.courtguide.source.SourceBatch;
import org.courtguide.source.SourceDocument;
import org.courtguide.source.SourceKind;
import org.courtguide.source.Validity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search returns only what its filter allows, by BM25 and by vector alike, whichever way the filter is expressed for
 * the index at hand: a guide among many statute articles, a repealed article that a question must not be answered
 * from, a language asked for.
 */
class SearchFilterTest {

    private static final String QUESTION = "上诉期限";

    @TempDir
    Path dataDir;

    private LuceneKnowledgeIndex index;
    private final float[] vector = unit(0);

    @BeforeEach
    void open() {
        index = LuceneIndexFixture.open(dataDir, 1f);
        List<SourceBatch> batches = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            batches.add(batch(
                    "law-" + i, SourceKind.STATUTE, "zh", Validity.VALID, "当事人不服判决的，有权在判决书送达之日起十五日内提起上诉。第" + i + "款"));
        }
        batches.add(batch("repealed", SourceKind.STATUTE, "zh", Validity.REPEALED, "上诉期限为十日。"));
        batches.add(batch("guide-zh", SourceKind.GUIDE, "zh", Validity.VALID, "上诉期限：判决十五日，裁定十日。"));
        batches.add(batch("guide-en", SourceKind.GUIDE, "en", Validity.VALID, "Appeal deadline 上诉期限: 15 days."));
        batches.forEach(b -> vectors.add(vector));
        index.upsert(
                "mixed",
                "g1",
                batches,
                vectors,
                batches.stream().map(b -> b.document().id()).toList());
        index.commit(IngestState.empty());
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void guides_only_returns_the_guides_among_many_statute_articles() {
        SearchFilter guides = SearchFilter.any().onlyKind(SourceKind.GUIDE);
        assertThat(ids(index.lexicalHits(QUESTION, "", guides, 10))).containsExactlyInAnyOrder("guide-zh", "guide-en");
        // each language's vectors live in a field of their own
        assertThat(ids(index.denseHits(Language.ZH, vector, guides, 10))).containsExactly("guide-zh");
        assertThat(ids(index.denseHits(Language.EN, vector, guides, 10))).containsExactly("guide-en");
    }

    @Test
    void a_repealed_article_is_left_out_unless_asked_for() {
        assertThat(ids(index.lexicalHits(QUESTION, "", SearchFilter.any(), 10)))
                .hasSize(8)
                .doesNotContain("repealed");
        assertThat(ids(index.denseHits(Language.ZH, vector, SearchFilter.any(), 10)))
                .hasSize(7)
                .doesNotContain("repealed");
        SearchFilter all = new SearchFilter(Optional.empty(), Optional.empty(), true);
        assertThat(ids(index.lexicalHits(QUESTION, "", all, 10))).contains("repealed");
        assertThat(ids(index.denseHits(Language.ZH, vector, all, 10)))
                .hasSize(8)
                .contains("repealed");
    }

    @Test
    void a_language_asked_for_keeps_the_other_out() {
        SearchFilter english = SearchFilter.language("en");
        assertThat(ids(index.lexicalHits(QUESTION, "", english, 10))).containsExactly("guide-en");
        assertThat(ids(index.denseHits(Language.EN, vector, english, 10))).containsExactly("guide-en");
        assertThat(ids(index.denseHits(Language.ZH, vector, SearchFilter.language("zh"), 10)))
                .hasSize(7)
                .doesNotContain("guide-en", "repealed");
    }

    @Test
    void a_rare_wanted_value_is_required_a_common_one_becomes_exclusions_and_values_no_chunk_holds_are_skipped()
            throws IOException {
        try (var reader = org.apache.lucene.index.DirectoryReader.open(
                org.apache.lucene.store.FSDirectory.open(dataDir.resolve("index")))) {
            var guides = IndexRestriction.of(reader, SearchFilter.any().onlyKind(SourceKind.GUIDE));
            assertThat(guides.required()).hasSize(1);
            var inForce = IndexRestriction.of(reader, SearchFilter.any());
            // nothing is superseded here: only the repealed value is excluded
            assertThat(inForce.required()).isEmpty();
            assertThat(inForce.excluded()).hasSize(1);
            var everything = IndexRestriction.of(reader, new SearchFilter(Optional.empty(), Optional.empty(), true));
            assertThat(everything.asFilter()).isNull();
        }
    }

    private static List<String> ids(List<Hit> hits) {
        return hits.stream().map(Hit::chunkId).toList();
    }

    private static SourceBatch batch(String id, SourceKind kind, String language, Validity validity, String text) {
        SourceDocument document = new SourceDocument(
                id, kind, "标题" + id, "法院", null, null, null, validity, language, null, List.of(), List.of(), List.of(),
                List.of(), List.of(), null);
        return new SourceBatch(
                document,
                List.of(new KnowledgeChunk(id, id, kind, language, validity, "标题" + id, "第一节", "s1", 0, text, text)));
    }

    private static float[] unit(int axis) {
        float[] v = new float[512];
        v[axis] = 1;
        return v;
    }
}
