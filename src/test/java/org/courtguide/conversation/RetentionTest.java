package org.courtguide.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.courtguide.conversation.ConversationService.Opened;
import org.junit.jupiter.api.Test;

/** The retention job deletes conversations whose period has ended, and only those. */
@QuarkusTest
class RetentionTest {

    @Inject
    ConversationService conversations;

    @Test
    void purge_deletes_expired_conversations_and_keeps_the_others() {
        Opened expired = conversations.open(Optional.empty(), "zh", "standard");
        Opened current = conversations.open(Optional.empty(), "en", "standard");
        QuarkusTransaction.requiringNew().run(() -> {
            Conversation c = Conversation.findById(expired.conversation().id);
            c.expiresAt = Instant.now().minus(Duration.ofMinutes(1));
        });

        conversations.purgeExpired(Instant.now());

        assertThat(conversations.find(expired.key())).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Conversation.count("id", expired.conversation().id)))
                .isZero();
        assertThat(conversations.find(current.key())).isPresent();
    }

    @Test
    void a_new_conversation_expires_after_the_configured_retention_of_30_days() {
        Opened opened = conversations.open(Optional.empty(), "zh", "standard");

        Duration kept = Duration.between(opened.conversation().createdAt, opened.conversation().expiresAt);
        assertThat(kept).isEqualTo(Duration.ofDays(30));
    }
}
