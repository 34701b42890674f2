package org.courtguide.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.mockito.InjectSpy;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.courtguide.conversation.ConversationService;
import org.courtguide.retrieval.LuceneKnowledgeIndex;
import org.hibernate.exception.JDBCConnectionException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * When the knowledge index or the database fails (a full disk, a closed index, a lost connection), people get an
 * honest 503 with the ways to reach a person, Exit and the contact page keep working, and service returns by itself
 * once the store answers again. The stores are real; only their failure is injected.
 */
@QuarkusTest
class FaultsTest {

    @InjectSpy
    LuceneKnowledgeIndex index;

    @InjectSpy
    ConversationService conversations;

    @AfterEach
    void recover() {
        reset(index, conversations);
    }

    private static Response askApi() {
        return given().contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(Map.of("question", "How do I appeal a judgment?"))
                .when()
                .post("/api/ask");
    }

    @Test
    void a_broken_index_gives_an_honest_503_and_recovers_by_itself() {
        UncheckedIOException diskFull = new UncheckedIOException(new IOException("No space left on device"));
        doThrow(diskFull).when(index).lexical(anyString(), anyString(), any(), anyInt());
        doThrow(diskFull).when(index).lexicalHits(anyString(), anyString(), any(), anyInt());
        doThrow(diskFull).when(index).denseHits(any(), any(), any(), anyInt());
        doThrow(diskFull).when(index).guides();
        doThrow(diskFull).when(index).source(anyString());

        Response api = askApi();
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.header("Retry-After")).isNotBlank();
        assertThat(api.jsonPath().getString("code")).isEqualTo("temporarily_unavailable");
        assertThat(api.jsonPath().getString("message")).contains("12368").doesNotContain("space");

        for (String path : new String[] {"/guides", "/guides/filing-en"}) {
            Response page = given().queryParam("lang", "zh").when().get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(503);
            Document html = Jsoup.parse(page.asString());
            assertThat(html.selectFirst("h1").text()).isEqualTo("暂时无法使用");
            assertThat(html.text()).contains("12368").doesNotContain("No space");
        }
        assertThat(given().when().get("/contact").statusCode())
                .as("contacts need no index")
                .isEqualTo(200);
        assertThat(given().redirects().follow(false).when().get("/exit").statusCode())
                .as("exit")
                .isEqualTo(303);

        reset(index);
        assertThat(askApi().statusCode()).isEqualTo(200);
        assertThat(given().when().get("/guides/filing-en").statusCode()).isEqualTo(200);
    }

    @Test
    void a_lost_database_gives_an_honest_503_and_recovers_by_itself() {
        JDBCConnectionException lost =
                new JDBCConnectionException("connection lost", new SQLException("Connection refused", "08001"));
        doThrow(lost).when(conversations).open(any(Optional.class), any(), any());

        Response api = askApi();
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.jsonPath().getString("code")).isEqualTo("temporarily_unavailable");
        Response page = given().queryParam("lang", "en")
                .queryParam("q", "How do I appeal?")
                .redirects()
                .follow(false)
                .when()
                .get("/ask");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(Jsoup.parse(page.asString()).selectFirst("h1").text()).isEqualTo("Temporarily unavailable");
        assertThat(given().when().get("/guides").statusCode())
                .as("the library needs no database")
                .isEqualTo(200);

        reset(conversations);
        assertThat(askApi().statusCode()).isEqualTo(200);
    }
}
