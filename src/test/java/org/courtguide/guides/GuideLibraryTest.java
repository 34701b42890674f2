package org.courtguide.guides;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.mockito.InjectSpy;
import org.courtguide.retrieval.Embedders;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The guide library works without any AI: keyword search only, never the embedding models. */
@QuarkusTest
class GuideLibraryTest {

    @InjectSpy
    Embedders embedders;

    @Test
    void keyword_search_finds_guide_sections_without_touching_the_embedding_models() {
        Document page = Jsoup.parse(given().queryParam("q", "上诉 期限")
                .queryParam("lang", "zh")
                .when()
                .get("/guides")
                .then()
                .statusCode(200)
                .extract()
                .asString());

        assertThat(page.select("#library-results-heading + ol li a"))
                .isNotEmpty()
                .anySatisfy(a -> assertThat(a.attr("href")).contains("appeal"));
        verify(embedders, never()).embed(any(), any());
        verify(embedders, never()).embedAll(any(), any());
    }

    @Test
    void english_words_on_the_chinese_page_find_the_english_guides_marked_as_english() {
        Document page = Jsoup.parse(given().queryParam("q", "appeal deadline")
                .queryParam("lang", "zh")
                .when()
                .get("/guides")
                .then()
                .statusCode(200)
                .extract()
                .asString());

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh");
        assertThat(page.select("#library-results-heading + ol li"))
                .isNotEmpty()
                .allSatisfy(li -> assertThat(li.attr("lang")).isEqualTo("en"))
                .anySatisfy(li -> assertThat(li.selectFirst("a").attr("href")).contains("-en"));
    }

    @Test
    void choosing_the_library_is_remembered_for_the_session_and_can_be_undone() {
        var chosen = given().queryParam("choice", "library")
                .redirects()
                .follow(false)
                .when()
                .get("/")
                .then()
                .statusCode(303)
                .extract();
        assertThat(chosen.header("Location")).endsWith("/guides");
        String cookie = chosen.cookie("cg_choice");
        assertThat(cookie).isEqualTo("library");

        given().cookie("cg_choice", "library")
                .redirects()
                .follow(false)
                .when()
                .get("/")
                .then()
                .statusCode(303);
        given().cookie("cg_choice", "library")
                .queryParam("choice", "assistant")
                .when()
                .get("/")
                .then()
                .statusCode(200);
    }
}
