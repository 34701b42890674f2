package org.courtguide.laws;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.mockito.InjectSpy;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.courtguide.retrieval.Embedders;
import org.courtguide.testsupport.CsrfForm;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The law library: each shipped law and article has a page anchor, and every article a guide names links to it. */
@QuarkusTest
class LawPagesTest {

    @InjectSpy
    Embedders embedders;

    @Test
    void the_library_lists_each_law_with_its_version_and_date_in_force_and_finds_articles_by_keyword_without_ai() {
        Document page = Jsoup.parse(given().queryParam("q", "仲裁 时效")
                .queryParam("lang", "zh")
                .when()
                .get("/laws")
                .then()
                .statusCode(200)
                .extract()
                .asString());

        assertThat(page.select("#all-laws-heading + ul li").eachText())
                .anySatisfy(li -> assertThat(li)
                        .contains("中华人民共和国民事诉讼法")
                        .contains("2023年修正")
                        .contains("2024-01-01"));
        assertThat(page.select("#laws-results-heading + ol li a").eachAttr("href"))
                .contains("/laws/labour-dispute-arbitration-law#art-27");
        verify(embedders, never()).embed(any(), any());
        verify(embedders, never()).embedAll(any(), any());
    }

    @Test
    void an_article_opens_at_its_anchor_with_its_text_and_an_unknown_law_is_not_found() {
        Document law = Jsoup.parse(given().when()
                .get("/laws/labour-dispute-arbitration-law")
                .then()
                .statusCode(200)
                .extract()
                .asString());

        assertThat(law.getElementById("art-27").text()).startsWith("第二十七条").contains("申请仲裁的时效期间为一年");
        assertThat(law.select("dl.guide-meta").text()).contains("2008-05-01");
        given().when().get("/laws/no-such-law").then().statusCode(404);
    }

    @Test
    void every_article_named_in_every_guide_links_to_its_text_in_the_law_library() throws IOException {
        LawLibrary laws = LawLibrary.load(List.of(Path.of("knowledge")));
        Map<String, Document> lawPages = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int links = 0;
        for (String id : guideIds()) {
            Document guide = Jsoup.parse(given().urlEncodingEnabled(false)
                    .when()
                    .get("/guides/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
            for (Element section : guide.select("section.guide-section")) {
                int named = laws.references(section.text()).size();
                List<Element> anchors = section.select("a.article-link");
                if (anchors.size() != named) {
                    problems.add(
                            id + "#" + section.id() + ": " + named + " articles named, " + anchors.size() + " linked");
                }
                for (Element a : anchors) {
                    String href = a.attr("href");
                    String lawPath = href.substring(0, href.indexOf('#'));
                    Document law = lawPages.computeIfAbsent(
                            lawPath,
                            p -> Jsoup.parse(given().when()
                                    .get(p)
                                    .then()
                                    .statusCode(200)
                                    .extract()
                                    .asString()));
                    if (law.getElementById(href.substring(href.indexOf('#') + 1)) == null) {
                        problems.add(id + ": " + href + " does not open an article");
                    }
                    links++;
                }
            }
        }

        assertThat(problems).isEmpty();
        assertThat(links).isGreaterThan(500);
    }

    @Test
    void an_answer_links_every_article_it_names_to_its_text() {
        Response asked = CsrfForm.given()
                .formParam("question", "劳动仲裁裁决不服，多少天内可以去法院起诉？")
                .queryParam("lang", "zh")
                .redirects()
                .follow(false)
                .when()
                .post("/ask")
                .then()
                .statusCode(303)
                .extract()
                .response();
        Document page = Jsoup.parse(given().cookies(asked.cookies())
                .when()
                .get("/conversation")
                .then()
                .statusCode(200)
                .extract()
                .asString());

        List<String> hrefs = page.select("#latest-answer a.article-link").eachAttr("href");
        assertThat(hrefs)
                .as(page.select("#latest-answer").text())
                .isNotEmpty()
                .allSatisfy(href -> assertThat(href).startsWith("/laws/"));
        for (String href : hrefs) {
            Document law = Jsoup.parse(given().when()
                    .get(href.substring(0, href.indexOf('#')))
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
            assertThat(law.getElementById(href.substring(href.indexOf('#') + 1)))
                    .as(href)
                    .isNotNull();
        }
    }

    private static List<String> guideIds() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("knowledge", "guides"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .sorted()
                    .toList();
        }
    }
}
