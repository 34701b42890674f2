package org.courtguide.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.courtguide.conversation.Conversation;
import org.courtguide.conversation.Turn;
import org.courtguide.testsupport.CsrfForm;
import org.junit.jupiter.api.Test;

/** One person cannot read or add to another's conversation by guessing or knowing its id. */
@QuarkusTest
class ConversationAccessTest {

    private static final String QUESTION = "How long do I have to appeal a judgment about my flat?";

    private static String ask(String cookie) {
        var request = CsrfForm.given().queryParam("lang", "en").formParam("question", QUESTION);
        if (cookie != null) {
            request.cookie("cg_conv", cookie);
        }
        Response r = request.redirects().follow(false).when().post("/ask");
        assertThat(r.statusCode()).isEqualTo(303);
        return r.cookie("cg_conv");
    }

    @Test
    void ids_are_random_and_secrets_are_long_and_stored_only_as_hashes() {
        String first = ask(null);
        String second = ask(null);
        String id = first.substring(0, first.indexOf('.'));
        String secret = first.substring(first.indexOf('.') + 1);

        assertThat(UUID.fromString(id).version())
                .as("a random (version 4) UUID")
                .isEqualTo(4);
        assertThat(second).doesNotStartWith(id);
        assertThat(secret.length()).as("at least 128 bits of secret").isGreaterThanOrEqualTo(22);
        Conversation stored = QuarkusTransaction.requiringNew().call(() -> Conversation.findById(id));
        assertThat(stored.secretHash).isNotEqualTo(secret).doesNotContain(secret);
    }

    @Test
    void a_known_id_with_a_guessed_secret_shows_nothing_and_adds_nothing() {
        String victim = ask(null);
        String id = victim.substring(0, victim.indexOf('.'));
        int turnsBefore = QuarkusTransaction.requiringNew()
                .call(() -> Turn.ofConversation(id).size());

        for (String guess : new String[] {id + ".guess", id + ".", id, id + "." + "A".repeat(32)}) {
            Response page = given().cookie("cg_conv", guess)
                    .redirects()
                    .follow(false)
                    .when()
                    .get("/conversation");
            assertThat(page.statusCode())
                    .as("no conversation page for %s", guess)
                    .isEqualTo(303);
            assertThat(page.asString()).doesNotContain(QUESTION);
        }
        // asking with the stolen id starts a conversation of the asker's own
        String attacker = ask(id + ".guess");
        assertThat(attacker).doesNotStartWith(id);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> Turn.ofConversation(id).size()))
                .isEqualTo(turnsBefore);

        Response owner = given().cookie("cg_conv", victim).when().get("/conversation");
        assertThat(owner.statusCode()).isEqualTo(200);
        assertThat(owner.asString()).contains(QUESTION);
    }
}
