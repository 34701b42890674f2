package org.courtguide.knowledge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.courtguide.Language;
import org.courtguide.retrieval.Embedders;
import org.courtguide.retrieval.Hit;
import org.courtguide.retrieval.KnowledgeIndex;
import org.courtguide.retrieval.LuceneKnowledgeIndex;
import org.courtguide.retrieval.Passage;
import org.courtguide.retrieval.SearchFilter;
import org.courtguide.source.SourceKind;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Ingestion is incremental and durable: nothing unchanged is re-embedded, changes and removals reach the index. */
@QuarkusTest
@TestProfile(IncrementalIngestProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KnowledgeIngestorTest {

    @Inject
    KnowledgeIngestor ingestor;

    @Inject
    KnowledgeIndex index;

    @Inject
    IngestProgress progress;

    @Inject
    LuceneKnowledgeIndex lucene;

    @Inject
    Embedders embedders;

    @Test
    @Order(1)
    void statute_articles_are_searchable_by_their_doc_id() {
        List<String> ids = given().queryParam("q", "上诉期限 判决书送达之日起十五日")
                .queryParam("k", 5)
                .when()
                .get("/api/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("results.sourceId");

        assertThat(ids).contains("民事诉讼法(2023)第一百七十一条");
    }

    @Test
    @Order(2)
    void a_bulk_ingest_leaves_the_index_merged_into_one_segment_for_searching() {
        // every file is committed on its own, so the first pass wrote several segments; searches walk one graph
        assertThat(lucene.segments()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void repealed_sources_stay_indexed_but_are_not_returned_by_default() {
        assertThat(index.source("旧办法第一条")).isPresent();
        List<String> ids = given().queryParam("q", "上诉期限为二十日 本办法已经废止")
                .queryParam("k", 20)
                .when()
                .get("/api/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("results.sourceId");
        assertThat(ids).doesNotContain("旧办法第一条");
    }

    @Test
    @Order(2)
    void filters_keep_exactly_the_chunks_asked_for_in_both_rankings_and_passages_are_read_in_ranking_order() {
        String question = "上诉期限为二十日 本办法已经废止";
        float[] vector = embedders.embed(Language.ZH, question);
        SearchFilter inForce = SearchFilter.any();
        SearchFilter everything = new SearchFilter(Optional.empty(), Optional.empty(), true);
        assertThat(ids(index.lexicalHits(question, "", everything, 200))).contains("旧办法第一条");
        assertThat(ids(index.denseHits(Language.ZH, vector, everything, 200))).contains("旧办法第一条");
        assertThat(ids(index.lexicalHits(question, "", inForce, 200)))
                .isNotEmpty()
                .doesNotContain("旧办法第一条");
        assertThat(ids(index.denseHits(Language.ZH, vector, inForce, 200)))
                .isNotEmpty()
                .doesNotContain("旧办法第一条");

        SearchFilter englishGuides = SearchFilter.language("en").onlyKind(SourceKind.GUIDE);
        List<Passage> english = index.passages(index.lexicalHits("appeal court fee", "", englishGuides, 50));
        assertThat(english).isNotEmpty().allSatisfy(p -> {
            assertThat(p.chunk().language()).isEqualTo("en");
            assertThat(p.chunk().kind()).isEqualTo(SourceKind.GUIDE);
        });
        List<Passage> chineseStatutes = index.passages(
                index.denseHits(Language.ZH, vector, SearchFilter.language("zh").onlyKind(SourceKind.STATUTE), 50));
        assertThat(chineseStatutes).isNotEmpty().allSatisfy(p -> {
            assertThat(p.chunk().language()).isEqualTo("zh");
            assertThat(p.chunk().kind()).isEqualTo(SourceKind.STATUTE);
        });

        // hits carry id and title only; the passages come in the hits' order with their scores, and a chunk that
        // is gone (removed by an ingest between the two steps) is left out
        List<Hit> hits = index.lexicalHits(question, "", inForce, 3);
        assertThat(hits).hasSize(3).allSatisfy(h -> assertThat(h.passage()).isNull());
        List<Hit> withGone = List.of(
                hits.get(2).withScore(9),
                new Hit("no-such-chunk", "无", 8, null),
                hits.get(0).withScore(7));
        assertThat(index.passages(withGone))
                .extracting(p -> p.chunk().chunkId() + " " + p.score())
                .containsExactly(hits.get(2).chunkId() + " 9.0", hits.get(0).chunkId() + " 7.0");
        assertThat(index.passages(withGone).get(0).chunk().title())
                .isEqualTo(hits.get(2).title());
    }

    private static List<String> ids(List<Hit> hits) {
        return hits.stream().map(Hit::chunkId).toList();
    }

    @Test
    @Order(3)
    void a_second_pass_over_unchanged_sources_embeds_nothing_and_keeps_the_version() throws Exception {
        String version = index.state().knowledgeVersion();
        long chunks = index.size();

        ingestor.ingest();

        assertThat(progress.embedded()).isZero();
        assertThat(index.state().knowledgeVersion()).isEqualTo(version);
        assertThat(index.size()).isEqualTo(chunks);
    }

    @Test
    @Order(4)
    void a_touched_but_unchanged_file_is_not_re_embedded() throws Exception {
        Path guide = IncrementalIngestProfile.KNOWLEDGE.resolve("fees-en.md");
        Files.setLastModifiedTime(guide, FileTime.from(Instant.now().plusSeconds(5)));

        ingestor.ingest();

        assertThat(progress.embedded()).isZero();
    }

    @Test
    @Order(5)
    void adding_a_section_embeds_only_that_section_and_changes_the_version() throws Exception {
        String version = index.state().knowledgeVersion();
        Path guide = IncrementalIngestProfile.KNOWLEDGE.resolve("fees-en.md");
        String text = Files.readString(guide, StandardCharsets.UTF_8);
        int lastSection = text.lastIndexOf("\n## ");
        Files.writeString(
                guide,
                text.substring(0, lastSection) + "\n## A new section about parking\n\n"
                        + "Court car parks are free for visitors with a summons.\n" + text.substring(lastSection),
                StandardCharsets.UTF_8);

        ingestor.ingest();

        // sections after the new one move (new anchors) but keep their vectors: only the new text is embedded
        assertThat(progress.embedded()).isEqualTo(1);
        assertThat(index.state().knowledgeVersion()).isNotEqualTo(version);
        assertThat(index.lexical("parking summons", SearchFilter.language("en"), 3))
                .isNotEmpty()
                .first()
                .satisfies(p -> assertThat(p.chunk().sourceId()).isEqualTo("fees-en"));
    }

    @Test
    @Order(6)
    void a_removed_file_disappears_from_the_index() throws Exception {
        Files.delete(IncrementalIngestProfile.KNOWLEDGE.resolve("time-limits-zh.md"));

        ingestor.ingest();

        assertThat(index.source("time-limits-zh")).isEmpty();
        assertThat(index.state().files().keySet()).noneMatch(f -> f.endsWith("time-limits-zh.md"));
    }

    @Test
    @Order(7)
    void an_invalid_guide_is_skipped_with_its_name_and_the_rest_stays_searchable() throws Exception {
        Files.writeString(IncrementalIngestProfile.KNOWLEDGE.resolve("broken.md"), "no front matter here");

        ingestor.ingest();

        assertThat(progress.problem()).contains("broken.md");
        assertThat(index.source("fees-en")).isPresent();
    }
}
