package org.courtguide.conversation;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.courtguide.ShortReferences;
import org.courtguide.source.Hashing;
import org.jboss.logging.Logger;

/**
 * Conversations and their turns: opened on the first question, erased on exit or when their retention period ends.
 * Every lookup needs the secret; ids alone open nothing.
 */
@ApplicationScoped
public class ConversationService {

    private static final Logger LOG = Logger.getLogger(ConversationService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConversationConfig config;

    ConversationService(ConversationConfig config) {
        this.config = config;
    }

    /** The conversation the key opens, if it exists, the secret matches and it has not expired. */
    @Transactional
    public Optional<Conversation> find(ConversationKey key) {
        Conversation conversation = Conversation.findById(key.id());
        if (conversation == null || !matches(conversation, key) || conversation.expiresAt.isBefore(Instant.now())) {
            return Optional.empty();
        }
        return Optional.of(conversation);
    }

    /** A conversation and the key to reach it again: the existing one when the key still opens it, else a new one. */
    public record Opened(Conversation conversation, ConversationKey key, boolean isNew) {}

    @Transactional
    public Opened open(Optional<ConversationKey> key, String language, String mode) {
        Optional<Conversation> existing = key.flatMap(this::find);
        if (existing.isPresent()) {
            return new Opened(existing.get(), key.get(), false);
        }
        byte[] secretBytes = new byte[24];
        RANDOM.nextBytes(secretBytes);
        ConversationKey newKey = new ConversationKey(
                UUID.randomUUID().toString(),
                Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes));
        Conversation conversation = new Conversation();
        conversation.id = newKey.id();
        conversation.secretHash = Hashing.sha256(newKey.secret());
        conversation.language = language;
        conversation.mode = mode;
        conversation.createdAt = Instant.now();
        conversation.expiresAt = conversation.createdAt.plus(config.retention());
        conversation.persist();
        return new Opened(conversation, newKey, true);
    }

    /** Stores the turn, with a new short reference unless it has one. */
    @Transactional
    public void record(Turn turn) {
        if (turn.reference == null) {
            turn.reference = ShortReferences.newReference(r -> Turn.findByReference(r) != null);
        }
        turn.persist();
    }

    /** The conversation's turns, oldest first; empty when the key does not open a conversation. */
    @Transactional
    public List<Turn> turns(ConversationKey key) {
        return find(key).map(c -> Turn.ofConversation(c.id)).orElse(List.of());
    }

    /** The latest {@code max} questions of the conversation (as stored: redacted), oldest first. */
    @Transactional
    public List<String> recentQuestions(String conversationId, int max) {
        if (max <= 0) {
            return List.of();
        }
        List<Turn> latest = Turn.<Turn>find("conversationId = ?1 order by createdAt desc", conversationId)
                .page(0, max)
                .list();
        List<String> questions = new java.util.ArrayList<>(
                latest.stream().map(t -> t.redactedQuestion).toList());
        java.util.Collections.reverse(questions);
        return questions;
    }

    /** The turn, if it belongs to the conversation the key opens (feedback can only be given on one's own answers). */
    @Transactional
    public Optional<Turn> turn(ConversationKey key, String traceId) {
        return find(key)
                .flatMap(c ->
                        Optional.ofNullable(Turn.<Turn>findById(traceId)).filter(t -> t.conversationId.equals(c.id)));
    }

    /** Erases the conversation with everything stored for it. Returns whether there was anything to erase. */
    @Transactional
    public boolean erase(ConversationKey key) {
        Conversation conversation = Conversation.findById(key.id());
        if (conversation == null || !matches(conversation, key)) {
            return false;
        }
        deleteAll(List.of(conversation.id));
        return true;
    }

    /** Deletes every conversation whose retention period has ended, with its turns and feedback. */
    @Transactional
    public int purgeExpired(Instant now) {
        List<String> expired = Conversation.idsExpiredBefore(now);
        deleteAll(expired);
        return expired.size();
    }

    @Scheduled(
            every = "${court-guide.conversation.purge-every:1h}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        int purged = purgeExpired(Instant.now());
        if (purged > 0) {
            LOG.infof("Retention: deleted %d expired conversations", purged);
        }
    }

    private static void deleteAll(List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Feedback.deleteOfConversations(ids);
        Turn.deleteOfConversations(ids);
        Conversation.delete("id in ?1", ids);
    }

    private static boolean matches(Conversation conversation, ConversationKey key) {
        return MessageDigest.isEqual(
                conversation.secretHash.getBytes(StandardCharsets.US_ASCII),
                Hashing.sha256(key.secret()).getBytes(StandardCharsets.US_ASCII));
    }
}
