package org.courtguide.conversation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * One question and its answer, with everything that produced the answer: the redacted question (never the raw
 * text), cited sources and their scores, answerer, prompt and knowledge-base versions, latency. Its id is the trace
 * id shown with the answer.
 */
@Entity
@Table(name = "conversation_turn")
public class Turn extends PanacheEntityBase {

    @Id
    @Column(name = "trace_id", length = 36)
    public String traceId;

    @Column(name = "conversation_id", nullable = false, length = 36)
    public String conversationId;

    /** The short reference shown with the answer ({@code CG-XXXX-XXXX}), read out on the phone to find this turn. */
    @Column(length = 12, unique = true)
    public String reference;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(nullable = false, length = 2)
    public String language;

    @Column(nullable = false, length = 16)
    public String route;

    @Column(nullable = false)
    public boolean abstained;

    @Column(name = "redacted_question", nullable = false, length = 4000)
    public String redactedQuestion;

    @Column(name = "answer_text", nullable = false, length = 16000)
    public String answerText;

    /** Cited source ids in citation order, one per line. */
    @Column(name = "cited_sources", length = 4000)
    public String citedSources;

    /** Retrieval scores of the cited sources, one per line, in the same order. */
    @Column(name = "source_scores", length = 4000)
    public String sourceScores;

    @Column(name = "answered_by", nullable = false, length = 120)
    public String answeredBy;

    @Column(name = "prompt_version", length = 40)
    public String promptVersion;

    @Column(name = "knowledge_version", nullable = false, length = 40)
    public String knowledgeVersion;

    @Column(name = "latency_ms", nullable = false)
    public long latencyMs;

    /** The answer as shown, as JSON: the conversation page renders it again after a redirect. */
    @Column(name = "answer_json", length = 65000)
    public String answerJson;

    public static Turn findByReference(String reference) {
        return find("reference", reference).firstResult();
    }

    public static List<Turn> ofConversation(String conversationId) {
        return list("conversationId = ?1 order by createdAt", conversationId);
    }

    public static long deleteOfConversations(List<String> conversationIds) {
        return conversationIds.isEmpty() ? 0 : delete("conversationId in ?1", conversationIds);
    }
}
