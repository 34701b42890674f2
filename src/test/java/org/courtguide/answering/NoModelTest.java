package org.courtguide.answering;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The default build: no model configured, so the client may not send, answers are extractive and nothing streams. */
@QuarkusTest
class NoModelTest {

    @Inject
    GenerativeAnswerer generative;

    @Test
    void with_no_provider_the_client_is_disabled_and_answers_are_extractive() {
        assertThat(generative.enabled()).isFalse();
        assertThat(ConfigProvider.getConfig().getValue("quarkus.langchain4j.openai.enable-integration", Boolean.class))
                .as("the OpenAI client refuses to send")
                .isFalse();

        String answeredBy = given().contentType(ContentType.JSON)
                .body(Map.of("question", "How do I appeal?"))
                .when()
                .post("/api/ask")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("answeredBy");

        assertThat(answeredBy).isEqualTo("extractive");
    }

    @Test
    void with_no_provider_the_page_does_not_offer_streaming() {
        String page = given().when().get("/").then().statusCode(200).extract().asString();

        assertThat(Jsoup.parse(page).getElementById("ask-form").hasAttr("data-stream"))
                .isFalse();
        assertThat(Jsoup.parse(page).getElementById("answer-draft")).isNull();
    }
}
