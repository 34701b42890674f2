package org.courtguide.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.courtguide.cases.TriageCase;
import org.courtguide.testsupport.CsrfForm;
import org.courtguide.testsupport.EmbeddedPostgresResource;
import org.courtguide.testsupport.PostgresProfile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The real PostgreSQL server is stopped while the app runs, then started again on the same data and port. While it is
 * down: an intake submission is refused politely with every answer still in the form and nothing stored, questions get
 * the honest 503 with the ways to reach a person, and the guide library keeps working. Once it is back, the very same
 * submission goes through without restarting the app: the connection pool recovers by itself.
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class DatabaseOutageOnPostgresTest {

    private static final String DESCRIPTION = "邻居装修漏水，淹了我家厨房，协商了两次没有结果。";
    private static final String PHONE = "13800138000";

    private boolean stopped;

    @AfterEach
    void restartIfStillDown() {
        // whatever the outcome, later tests on this profile get their database back
        if (stopped) {
            EmbeddedPostgresResource.startServer();
        }
    }

    static Map<String, Object> answers() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("step", "review");
        form.put("type", "neighbours");
        form.put("description", DESCRIPTION);
        form.put("other_party", "individual");
        form.put("amount", "8000");
        form.put("province", "guangdong");
        form.put("when", "2025-05");
        form.put("tried", List.of("talked"));
        form.put("debt", "no");
        form.put("facts", "yes");
        form.put("urgency", "normal");
        form.put("needs", List.of("legal_aid"));
        form.put("contact", "phone");
        form.put("contact_detail", PHONE);
        form.put("consent", "on");
        return form;
    }

    static Response submit(String lang) {
        var request = CsrfForm.given().redirects().follow(false).header("Accept-Language", lang);
        for (var entry : answers().entrySet()) {
            request = entry.getValue() instanceof List<?> values
                    ? request.formParam(entry.getKey(), values.toArray())
                    : request.formParam(entry.getKey(), entry.getValue());
        }
        return request.when().post("/triage/submit");
    }

    static long cases() {
        return QuarkusTransaction.requiringNew().call(() -> (Long) TriageCase.count());
    }

    @Test
    void a_stopped_database_refuses_submissions_politely_keeps_the_answers_and_recovers_without_a_restart() {
        assertThat(submit("en").statusCode())
                .as("a submission before the outage")
                .isEqualTo(200);
        long before = cases();
        // the token pair is fetched while the database is up (the start page needs none, but be fair to the form)
        EmbeddedPostgresResource.stopServer();
        stopped = true;

        for (String lang : new String[] {"en", "zh"}) {
            Response refused = submit(lang);
            assertThat(refused.statusCode()).as(lang).isEqualTo(503);
            assertThat(refused.header("Retry-After")).isNotBlank();
            String body = refused.asString();
            assertThat(body)
                    .doesNotContain("Exception")
                    .doesNotContain("at org.")
                    .doesNotContain("SQLState")
                    .doesNotContain("PSQLException");
            Document page = Jsoup.parse(body);
            String alert = page.selectFirst("[role=alert]").text();
            assertThat(alert)
                    .contains(lang.equals("en") ? "could not be sent" : "暂时无法发送")
                    .contains("12368");
            // every answer is still in the form, ready to send again
            var form = page.selectFirst("form[action=/triage/submit]");
            assertThat(form.selectFirst("input[name=description]").val()).isEqualTo(DESCRIPTION);
            assertThat(form.selectFirst("input[name=contact_detail]").val()).isEqualTo(PHONE);
            assertThat(form.selectFirst("input[name=amount]").val()).isEqualTo("8000");
            assertThat(form.select("input[name=needs]").eachAttr("value")).containsExactly("legal_aid");
        }

        // answering writes the conversation first (its key, its trace): without the database it says so honestly
        Response api = given().contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(Map.of("question", "How do I appeal a judgment?"))
                .when()
                .post("/api/ask");
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.jsonPath().getString("code")).isEqualTo("temporarily_unavailable");
        assertThat(api.jsonPath().getString("message")).contains("12368").doesNotContain("Connection");
        Response askPage = given().queryParam("lang", "zh")
                .queryParam("q", "怎么上诉？")
                .redirects()
                .follow(false)
                .when()
                .get("/ask");
        assertThat(askPage.statusCode()).isEqualTo(503);
        assertThat(Jsoup.parse(askPage.asString()).text()).contains("暂时无法使用").contains("12368");

        // the guide library and the contacts need no database
        assertThat(given().when().get("/guides").statusCode()).isEqualTo(200);
        assertThat(given().when().get("/guides/filing-en").statusCode()).isEqualTo(200);
        assertThat(given().when().get("/contact").statusCode()).isEqualTo(200);
        assertThat(given().when().get("/triage").statusCode())
                .as("the intake can still be filled in")
                .isEqualTo(200);

        EmbeddedPostgresResource.startServer();
        stopped = false;

        assertThat(cases()).as("nothing half-written during the outage").isEqualTo(before);
        Response sent = submit("en");
        assertThat(sent.statusCode())
                .as("the same answers go through once the database is back")
                .isEqualTo(200);
        assertThat(Jsoup.parse(sent.asString()).selectFirst("#reference").text())
                .matches("CG-[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(cases()).isEqualTo(before + 1);
        assertThat(given().contentType(ContentType.JSON)
                        .body(Map.of("question", "How do I appeal a judgment?"))
                        .when()
                        .post("/api/ask")
                        .statusCode())
                .as("answering is back too")
                .isEqualTo(200);
    }
}
