package org.courtguide.knowledge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.courtguide.retrieval.KnowledgeIndex;
import org.courtguide.retrieval.LuceneKnowledgeIndex;
import org.courtguide.retrieval.SearchFilter;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

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

    @Test
    @Order(1)
    void statute_articles_are_searchable_by_their_doc_id() {
        List<String> ids = given().queryParam("q", "上诉期限 判决书送达之日起十五日").queryParam("k", 5).when()
                .get("/api/search").then().statusCode(200).extract().jsonPath().getList("results.sourceId");

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
        List<String> ids = given().queryParam("q", "上诉期限为二十日 本办法已经废止").queryParam("k", 20).when()
                .get("/api/search").then().statusCode(200).extract().jsonPath().getList("results.sourceId");
        assertThat(ids).doesNotContain("旧办法第一条");
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
        Files.writeString(guide, text.substring(0, lastSection) + "\n## A new section about parking\n\n"
                + "Court car parks are free for visitors with a summons.\n" + text.substring(lastSection),
                StandardCharsets.UTF_8);

        ingestor.ingest();

        // sections after the new one move (new anchors) but keep their vectors: only the new text is embedded
        assertThat(progress.embedded()).isEqualTo(1);
        assertThat(index.state().knowledgeVersion()).isNotEqualTo(version);
        assertThat(index.lexical("parking summons", SearchFilter.language("en"), 3)).isNotEmpty()
                .first().satisfies(p -> assertThat(p.chunk().sourceId()).isEqualTo("fees-en"));
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
