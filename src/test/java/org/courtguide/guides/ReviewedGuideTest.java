package org.courtguide.guides;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Honest attribution: a guide says the service compiled it and no court issued it; a court's review, when the guide
 * carries one, is shown on its page and beside every citation of it.
 */
@QuarkusTest
@TestProfile(ReviewedGuideProfile.class)
class ReviewedGuideTest {

    @Test
    void a_reviewed_guide_shows_who_reviewed_it_and_when_on_its_page() {
        Document page = Jsoup.parse(given().when()
                .get("/guides/labour-disputes-zh")
                .then()
                .statusCode(200)
                .extract()
                .asString());

        assertThat(page.select("dl.guide-meta dt").eachText()).contains("整理者", "审核");
        assertThat(page.select("dl.guide-meta dd").eachText())
                .anySatisfy(dd -> assertThat(dd).contains("不是法院发布"))
                .anySatisfy(dd ->
                        assertThat(dd).contains(ReviewedGuideProfile.REVIEWER).contains("2026-12-01"));
    }

    @Test
    void an_unreviewed_guide_says_no_court_issued_it_and_claims_no_review() {
        Document page = Jsoup.parse(given().queryParam("lang", "en")
                .when()
                .get("/guides/labour-disputes-en")
                .then()
                .statusCode(200)
                .extract()
                .asString());

        assertThat(page.select("dl.guide-meta dt").eachText())
                .contains("Compiled by")
                .doesNotContain("Reviewed by");
        assertThat(page.select("dl.guide-meta dd").eachText())
                .anySatisfy(dd -> assertThat(dd).contains("not issued by a court"));
    }

    @Test
    void an_answer_citing_a_reviewed_guide_carries_the_review_and_one_citing_an_unreviewed_guide_does_not() {
        JsonPath zh = given().contentType(ContentType.JSON)
                .body(Map.of("question", "劳动仲裁裁决不服，多少天内可以去法院起诉？", "language", "zh"))
                .when()
                .post("/api/ask")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath en = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "question",
                        "How many days do I have to sue after a labour arbitration award?",
                        "language",
                        "en"))
                .when()
                .post("/api/ask")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(zh.getString("citations[0].sourceId")).isEqualTo("labour-disputes-zh");
        assertThat(zh.getString("citations[0].reviewedBy")).isEqualTo(ReviewedGuideProfile.REVIEWER);
        assertThat(zh.getString("citations[0].reviewedOn")).isEqualTo("2026-12-01");
        assertThat(en.getString("citations[0].sourceId")).isEqualTo("labour-disputes-en");
        assertThat(en.getString("citations[0].issuer")).contains("not issued by a court");
        assertThat(en.getMap("citations[0]")).doesNotContainKey("reviewedBy");
    }
}
