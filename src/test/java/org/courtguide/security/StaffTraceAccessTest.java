package org.courtguide.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.courtguide.staff.AuditEvent;
import org.courtguide.staff.AuditLog;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** The staff trace API answers only to the configured token; anything else looks like an unknown path. */
@QuarkusTest
@TestProfile(LimitedProfile.class)
class StaffTraceAccessTest {

    private static String traceId() {
        return given().header("X-Forwarded-For", "198.51.100.7").contentType(ContentType.JSON)
                .body(Map.of("question", "我叫张伟，电话13812345678，怎么起诉？")).when().post("/api/ask").then()
                .statusCode(200).extract().jsonPath().getString("traceId");
    }

    @Test
    void missing_or_wrong_tokens_get_404_and_the_right_one_gets_the_redacted_trace() {
        String traceId = traceId();
        String path = "/api/internal/traces/" + traceId;

        given().when().get(path).then().statusCode(404);
        given().header("X-Staff-Token", "").when().get(path).then().statusCode(404);
        given().header("X-Staff-Token", "wrong").when().get(path).then().statusCode(404);
        given().header("X-Staff-Token", LimitedProfile.STAFF_TOKEN + "x").when().get(path).then().statusCode(404);
        given().header("X-Staff-Token", LimitedProfile.STAFF_TOKEN.substring(1)).when().get(path).then()
                .statusCode(404);

        String trace = given().header("X-Staff-Token", LimitedProfile.STAFF_TOKEN).when().get(path).then()
                .statusCode(200).extract().asString();
        assertThat(trace).contains(traceId).doesNotContain("13812345678").doesNotContain("张伟");
        // a trace holds what someone asked: the one read is in the audit trail, the refused attempts are not reads
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEvent.ofSubject(AuditEvent.Subject.TRACE, traceId)))
                .extracting(e -> e.action + " by " + e.actor)
                .containsExactly(AuditEvent.Action.VIEW_TRACE + " by " + AuditLog.API_TOKEN);
    }

    @Test
    void the_right_token_does_not_open_an_unknown_trace() {
        given().header("X-Staff-Token", LimitedProfile.STAFF_TOKEN).when()
                .get("/api/internal/traces/00000000-0000-4000-8000-000000000000").then().statusCode(404);
    }
}
