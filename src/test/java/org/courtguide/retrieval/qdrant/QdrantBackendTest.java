package org.courtguide.retrieval.qdrant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.qdrant.client.grpc.Collections.CreateCollection;
import io.qdrant.client.grpc.Collections.Distance;
import io.qdrant.client.grpc.Collections.Modifier;
import io.qdrant.client.grpc.Common.Condition;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Points.DeletePoints;
import io.qdrant.client.grpc.Points.Query;
import io.qdrant.client.grpc.Points.QueryPoints;
import io.qdrant.client.grpc.Points.UpsertPoints;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.courtguide.Language;
import org.courtguide.knowledge.KnowledgeIngestor;
import org.courtguide.retrieval.Embedders;
import org.courtguide.retrieval.KnowledgeIndex;
import org.courtguide.retrieval.Passage;
import org.courtguide.retrieval.RetrievalConfig;
import org.courtguide.retrieval.SearchFilter;
import org.courtguide.source.KnowledgeChunk;
import org.courtguide.source.SourceBatch;
import org.courtguide.source.SourceDocument;
import org.courtguide.source.SourceKind;
import org.courtguide.source.Validity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The app on the Qdrant backend, against an in-memory Qdrant that speaks the real gRPC protocol: what the app sends
 * (collection layout, payload, filters, the hybrid query) and that people get the same answers as on the embedded
 * index.
 */
@QuarkusTest
@TestProfile(QdrantProfile.class)
class QdrantBackendTest {

    @Inject
    KnowledgeIndex index;

    @Inject
    KnowledgeIngestor ingestor;

    @Inject
    Embedders embedders;

    @Inject
    RetrievalConfig retrieval;

    private static FakeQdrant fake() {
        return FakeQdrantResource.fake;
    }

    @Test
    void the_collection_has_a_dense_vector_per_language_a_bm25_sparse_vector_and_indexed_filter_fields() {
        CreateCollection created = fake().requests(CreateCollection.class).get(0);

        var dense = created.getVectorsConfig().getParamsMap().getMapMap();
        assertThat(dense.get("dense_zh").getSize()).isEqualTo(512);
        assertThat(dense.get("dense_en").getSize()).isEqualTo(384);
        assertThat(dense.values()).allSatisfy(p -> assertThat(p.getDistance()).isEqualTo(Distance.Cosine));
        assertThat(created.getSparseVectorsConfig().getMapMap().get("bm25").getModifier())
                .isEqualTo(Modifier.Idf);
        assertThat(created.getShardNumber()).isEqualTo(3);
        assertThat(created.getReplicationFactor()).isEqualTo(2);
        assertThat(fake().payloadIndexes).contains("lang", "validity", "source_id", "topics", "kind", "file");
    }

    @Test
    void every_chunk_is_one_point_keyed_by_its_chunk_id_with_its_language_vector_and_bm25_terms() {
        var points = fake().collection("court-guide-test").values().stream()
                .filter(p -> !p.payload().get("kind").getStringValue().equals("STATE"))
                .toList();

        assertThat(points).hasSize((int) index.size()).hasSizeGreaterThan(50);
        assertThat(points).allSatisfy(p -> {
            String chunkId = p.payload().get("chunk_id").getStringValue();
            String language = p.payload().get("lang").getStringValue();
            assertThat(p.id().getUuid())
                    .isEqualTo(UUID.nameUUIDFromBytes(chunkId.getBytes()).toString());
            assertThat(p.dense().keySet()).containsExactly("dense_" + language);
            assertThat(p.sparse().get("bm25")).isNotEmpty();
            assertThat(p.payload().get("validity").getStringValue()).isEqualTo("valid");
            assertThat(p.payload().get("topics").getListValue().getValuesCount())
                    .isPositive();
        });
    }

    @Test
    void a_chunk_s_bm25_terms_include_its_chinese_character_pairs() {
        var fees = fake().collection("court-guide-test").values().stream()
                .filter(p -> p.payload().containsKey("chunk_id")
                        && p.payload().get("source_id").getStringValue().equals("fees-zh"))
                .toList();

        assertThat(fees)
                .isNotEmpty()
                .anySatisfy(p -> assertThat(p.sparse().get("bm25")).containsKey(SparseEncoder.termId("\u0001诉讼")));
    }

    @Test
    void a_collection_written_before_the_character_pairs_has_every_file_indexed_again() {
        Map<String, FakeQdrant.StoredPoint> collection = fake().collection("court-guide-test");
        String stateKey = FakeQdrant.key(io.qdrant.client.PointIdFactory.id(QdrantKnowledgeIndex.STATE_ID));
        FakeQdrant.StoredPoint current = collection.get(stateKey);
        assertThat(current.payload().get("layout").getStringValue()).isEqualTo(KnowledgeIndex.LAYOUT);
        Map<String, io.qdrant.client.grpc.JsonWithInt.Value> older = new LinkedHashMap<>(current.payload());
        older.remove("layout");
        collection.put(stateKey, new FakeQdrant.StoredPoint(current.id(), older, current.dense(), current.sparse()));
        try {
            assertThat(index.state().files()).isNotEmpty().allSatisfy((file, state) -> {
                assertThat(state.sha256()).isEmpty();
                assertThat(state.chunks()).isPositive();
            });
        } finally {
            collection.put(stateKey, current);
        }
        assertThat(index.state().files())
                .allSatisfy((file, state) -> assertThat(state.sha256()).isNotEmpty());
    }

    @Test
    void ingesting_unchanged_knowledge_again_writes_nothing() throws Exception {
        int pointsBefore = fake().collection("court-guide-test").size();
        int upsertsBefore = fake().requests(UpsertPoints.class).size();

        ingestor.ingest();

        assertThat(fake().requests(UpsertPoints.class)).hasSize(upsertsBefore);
        assertThat(fake().collection("court-guide-test")).hasSize(pointsBefore);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "上诉期限是多少天？|time-limits-zh",
                "怎么起诉？|filing-zh",
                "交不起诉讼费，可以申请缓交或者免交吗？|fees-zh",
                "How long do I have to appeal a first-instance judgment?|appeal-retrial-en",
                "How do I apply for legal aid?|legal-aid-en"
            })
    void answers_covered_questions_with_the_same_cited_guide_as_the_embedded_index(String question, String guide) {
        JsonPath answer = given().contentType(ContentType.JSON)
                .body(Map.of("question", question))
                .when()
                .post("/api/ask")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(answer.getBoolean("abstained")).isFalse();
        assertThat(answer.getList("citations.sourceId", String.class)).contains(guide);
    }

    @Test
    void declines_a_question_the_guidance_does_not_cover() {
        JsonPath answer = given().contentType(ContentType.JSON)
                .body(Map.of("question", "明天火星上的天气怎么样？"))
                .when()
                .post("/api/ask")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(answer.getBoolean("abstained")).isTrue();
        assertThat(answer.getList("citations")).isEmpty();
    }

    @Test
    void dense_search_sends_the_language_vector_and_filters_on_language_and_validity() {
        fake().requests.clear();
        float[] vector = embedders.embed(Language.ZH, "怎么起诉");

        List<Passage> found = index.dense(Language.ZH, vector, SearchFilter.any(), 5);

        QueryPoints sent = fake().requests(QueryPoints.class).get(0);
        assertThat(sent.getUsing()).isEqualTo("dense_zh");
        assertThat(sent.getQuery().getNearest().getDense().getDataCount()).isEqualTo(512);
        assertThat(keywords(sent.getFilter())).containsEntry("lang", "zh").containsEntry("validity", "valid");
        assertThat(sent.getLimit()).isEqualTo(5);
        assertThat(found)
                .hasSize(5)
                .allSatisfy(p -> assertThat(p.chunk().language()).isEqualTo("zh"));
        assertThat(found.get(0).score()).isBetween(0.5, 1.0); // a cosine, as the coverage policy expects
    }

    @Test
    void hybrid_search_runs_in_qdrant_as_dense_and_sparse_prefetch_fused_by_weighted_rrf_like_the_app_fuses() {
        String question = "不服一审判决，上诉期限是多少天";
        float[] vector = embedders.embed(Language.ZH, question);
        SearchFilter filter = SearchFilter.language("zh");
        fake().requests.clear();

        List<Passage> fused =
                index.fused(question, "", Language.ZH, vector, filter, 30, 10).orElseThrow();

        QueryPoints sent = fake().requests(QueryPoints.class).get(0);
        assertThat(sent.getPrefetchList()).extracting(p -> p.getUsing()).containsExactly("dense_zh", "bm25");
        assertThat(sent.getPrefetch(1).getQuery().getNearest().hasSparse()).isTrue();
        assertThat(sent.getPrefetchList())
                .allSatisfy(p -> assertThat(p.getLimit()).isEqualTo(30));
        assertThat(sent.getQuery().getVariantCase()).isEqualTo(Query.VariantCase.RRF);
        assertThat(sent.getQuery().getRrf().getK()).isEqualTo(retrieval.rrfK());
        assertThat(sent.getQuery().getRrf().getWeightsList())
                .containsExactly((float) retrieval.denseWeight(), (float) retrieval.lexicalWeight());
        assertThat(sent.getLimit()).isEqualTo(10);

        // the same ranking as fusing the two separate rankings in the app
        List<String> expected = rrf(index.dense(Language.ZH, vector, filter, 30), index.lexical(question, filter, 30))
                .subList(0, 10);
        assertThat(fused).extracting(p -> p.chunk().chunkId()).containsExactlyElementsOf(expected);
        assertThat(fused.get(0).chunk().section()).contains("上诉");
    }

    @Test
    void a_removed_document_is_deleted_from_the_collection() {
        SourceDocument doc = new SourceDocument(
                "tmp-guide-zh",
                SourceKind.GUIDE,
                "临时指南",
                "测试",
                null,
                null,
                null,
                Validity.VALID,
                "zh",
                null,
                List.of("filing"),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null);
        KnowledgeChunk chunk = new KnowledgeChunk(
                "tmp-guide-zh#a",
                "tmp-guide-zh",
                SourceKind.GUIDE,
                "zh",
                Validity.VALID,
                "临时指南",
                "一节",
                "a",
                0,
                "一段临时文字",
                "一段临时文字");
        index.upsert(
                "tmp/tmp-guide-zh.md",
                "g1",
                List.of(new SourceBatch(doc, List.of(chunk))),
                List.of(embedders.embed(Language.ZH, "一段临时文字")),
                List.of("tmp-key"));
        assertThat(index.source("tmp-guide-zh")).isPresent();

        index.removeStale("tmp/tmp-guide-zh.md", null);

        DeletePoints delete = fake().requests(DeletePoints.class)
                .get(fake().requests(DeletePoints.class).size() - 1);
        assertThat(keywords(delete.getPoints().getFilter())).containsEntry("file", "tmp/tmp-guide-zh.md");
        assertThat(index.source("tmp-guide-zh")).isEmpty();
    }

    @Test
    void readiness_includes_the_vector_store() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.name", hasItem("vector-store"))
                .body(
                        "checks.find { it.name == 'vector-store' }.data.backend",
                        org.hamcrest.Matchers.equalTo("qdrant"));
    }

    private List<String> rrf(List<Passage> dense, List<Passage> lexical) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int r = 0; r < dense.size(); r++) {
            scores.merge(
                    dense.get(r).chunk().chunkId(), retrieval.denseWeight() / (retrieval.rrfK() + r + 1), Double::sum);
        }
        for (int r = 0; r < lexical.size(); r++) {
            scores.merge(
                    lexical.get(r).chunk().chunkId(),
                    retrieval.lexicalWeight() / (retrieval.rrfK() + r + 1),
                    Double::sum);
        }
        List<Map.Entry<String, Double>> sorted = new ArrayList<>(scores.entrySet());
        sorted.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
        return sorted.stream().map(Map.Entry::getKey).toList();
    }

    private static Map<String, String> keywords(Filter filter) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Condition c : filter.getMustList()) {
            out.put(c.getField().getKey(), c.getField().getMatch().getKeyword());
        }
        return out;
    }
}
