package org.courtguide.conversation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.courtguide.conversation.ConversationService.Opened;
import org.courtguide.testsupport.PostgresProfile;
import org.junit.jupiter.api.Test;

/** The conversation store on a real PostgreSQL: migrations, turns, feedback, erase and retention. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class ConversationsOnPostgresTest {

    @Inject
    ConversationService conversations;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void runs_on_postgresql() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }

    @Test
    void an_answer_is_recorded_then_erased_with_its_feedback() {
        String traceId = given().contentType(ContentType.JSON)
                .body(Map.of("question", "怎么起诉？"))
                .when()
                .post("/api/ask")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("traceId");
        given().contentType(ContentType.JSON)
                .body(Map.of("traceId", traceId, "wrongAnswer", true, "reason", "不对"))
                .when()
                .post("/api/feedback")
                .then()
                .statusCode(201);
        String conversationId =
                QuarkusTransaction.requiringNew().call(() -> Turn.<Turn>findById(traceId).conversationId);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Feedback.count("traceId", traceId)))
                .isEqualTo(1);

        QuarkusTransaction.requiringNew()
                .run(() -> Conversation.<Conversation>findById(conversationId).expiresAt =
                        Instant.now().minus(Duration.ofDays(1)));
        conversations.purgeExpired(Instant.now());

        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> Turn.count("conversationId", conversationId)
                                + Feedback.count("traceId", traceId)
                                + Conversation.count("id", conversationId)))
                .isZero();
    }

    @Test
    void each_turn_gets_its_own_short_reference_and_the_trace_is_found_by_it() {
        String reference = given().contentType(ContentType.JSON)
                .body(Map.of("question", "怎么申请法律援助？"))
                .when()
                .post("/api/ask")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("reference");
        String other = given().contentType(ContentType.JSON)
                .body(Map.of("question", "上诉期限是多少天？"))
                .when()
                .post("/api/ask")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("reference");

        assertThat(reference)
                .matches("CG-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}")
                .isNotEqualTo(other);
        Turn turn = QuarkusTransaction.requiringNew().call(() -> Turn.findByReference(reference));
        assertThat(turn.redactedQuestion).isEqualTo("怎么申请法律援助？");
    }

    @Test
    void a_key_with_the_wrong_secret_opens_nothing() {
        Opened opened = conversations.open(Optional.empty(), "en", "standard");

        assertThat(conversations.find(new org.courtguide.conversation.ConversationKey(
                        opened.key().id(), "nope")))
                .isEmpty();
        assertThat(conversations.find(opened.key())).isPresent();
    }
}
