package org.courtguide.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.courtguide.staff.AuditEvent;
import org.courtguide.staff.AuditLog;
import org.junit.jupiter.api.Test;

/** The staff trace API answers only to the configured token; anything else looks like an unknown path. */
@QuarkusTest
@TestProfile(LimitedProfile.class)
class StaffTraceAccessTest {

    private static String traceId() {
        return given().header("X-Forwarded-For", "198.51.100.7")
                .contentType(ContentType.JSON)
                .body(Map.of("question", "我叫张伟，电话13812345678，怎么起诉？"))
                .when()
                .post("/api/ask")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("traceId");
    }

    @Test
    void missing_or_wrong_tokens_get_404_and_the_right_one_gets_the_redacted_trace() {
        String traceId = traceId();
        String path = "/api/internal/traces/" + traceId;

        given().when().get(path).then().statusCode(404);
        given().header("X-Staff-Token", "").when().get(path).then().statusCode(404);
        given().header("X-Staff-Token", "wrong").when().get(path).then().statusCode(404);
        given().header("X-Staff-Token", LimitedProfile.STAFF_TOKEN + "x")
                .when()
                .get(path)
                .then()
                .statusCode(404);
        given().header("X-Staff-Token", LimitedProfile.STAFF_TOKEN.substring(1))
                .when()
                .get(path)
                .then()
                .statusCode(404);

        String trace = given().header("X-Staff-Token", LimitedProfile.STAFF_TOKEN)
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(trace).contains(traceId).doesNotContain("13812345678").doesNotContain("张伟");
        // a trace holds what someone asked: the one read is in the audit trail, the refused attempts are not reads
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> AuditEvent.ofSubject(AuditEvent.Subject.TRACE, traceId)))
                .extracting(e -> e.action + " by " + e.actor)
                .containsExactly(AuditEvent.Action.VIEW_TRACE + " by " + AuditLog.API_TOKEN);
    }

    @Test
    void staff_find_the_trace_by_the_short_reference_a_person_reads_out_on_the_phone() {
        var asked = given().header("X-Forwarded-For", "198.51.100.8")
                .contentType(ContentType.JSON)
                .body(Map.of("question", "How do I appeal a judgment?"))
                .when()
                .post("/api/ask")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String reference = asked.getString("reference");
        assertThat(reference).matches("CG-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}");

        for (String spoken : new String[] {reference, reference.toLowerCase(java.util.Locale.ROOT)}) {
            var trace = given().header("X-Staff-Token", LimitedProfile.STAFF_TOKEN)
                    .when()
                    .get("/api/internal/traces/" + spoken)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(trace.getString("traceId")).isEqualTo(asked.getString("traceId"));
            assertThat(trace.getString("reference")).isEqualTo(reference);
        }
        given().when().get("/api/internal/traces/" + reference).then().statusCode(404);
        given().header("X-Staff-Token", LimitedProfile.STAFF_TOKEN)
                .when()
                .get("/api/internal/traces/CG-2222-2222")
                .then()
                .statusCode(404);
    }

    @Test
    void the_right_token_does_not_open_an_unknown_trace() {
        given().header("X-Staff-Token", LimitedProfile.STAFF_TOKEN)
                .when()
                .get("/api/internal/traces/00000000-0000-4000-8000-000000000000")
                .then()
                .statusCode(404);
    }
}
