package org.courtguide.retrieval.qdrant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.qdrant.client.QdrantClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.courtguide.Language;
import org.courtguide.retrieval.Embedders;
import org.courtguide.retrieval.KnowledgeIndex;
import org.courtguide.retrieval.Passage;
import org.courtguide.retrieval.SearchFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Against a real Qdrant server, when {@code QDRANT_URL} is set (e.g. {@code QDRANT_URL=http://localhost:6334
 * ./mvnw -B test -Dtest=QdrantLiveTest}); skipped otherwise. Checks what the fake cannot prove: that a real server
 * accepts the collection layout, the vectorless state point and the hybrid query, and ranks like the fake.
 */
@QuarkusTest
@TestProfile(LiveQdrantProfile.class)
@EnabledIfEnvironmentVariable(
        named = "QDRANT_URL",
        matches = ".+",
        disabledReason = "QDRANT_URL is not set: no real Qdrant to test against (see README, 'Qdrant')")
class QdrantLiveTest {

    @Inject
    KnowledgeIndex index;

    @Inject
    Embedders embedders;

    @Test
    void answers_a_covered_question_from_a_real_qdrant() {
        JsonPath answer = given().contentType(ContentType.JSON)
                .body(Map.of("question", "怎么起诉？"))
                .when()
                .post("/api/ask")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(answer.getBoolean("abstained")).isFalse();
        assertThat(answer.getList("citations.sourceId", String.class)).contains("filing-zh");
        assertThat(answer.getString("knowledgeVersion")).isNotEqualTo("empty");
    }

    @Test
    void the_server_fuses_dense_and_sparse_rankings() {
        String question = "不服一审判决，上诉期限是多少天";
        List<Passage> fused = index.fused(
                        question,
                        "",
                        Language.ZH,
                        embedders.embed(Language.ZH, question),
                        SearchFilter.language("zh"),
                        30,
                        5)
                .orElseThrow();

        assertThat(fused).isNotEmpty();
        assertThat(fused).anySatisfy(p -> assertThat(p.chunk().section()).contains("上诉"));
    }

    @AfterAll
    static void dropCollection() throws Exception {
        io.quarkus.arc.Arc.container()
                .instance(QdrantClient.class)
                .get()
                .deleteCollectionAsync(LiveQdrantProfile.COLLECTION)
                .get();
    }
}
