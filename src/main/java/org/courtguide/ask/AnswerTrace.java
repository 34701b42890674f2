package org.courtguide.ask;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The traceable record of an answer: which knowledge version, answerer and sources produced it. It holds no question
 * text and nothing personal, so it can be kept for audit without holding anyone's data.
 */
@Entity
@Table(name = "answer_trace")
public class AnswerTrace extends PanacheEntityBase {

    @Id
    @Column(name = "trace_id", length = 36)
    public String traceId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(nullable = false, length = 2)
    public String language;

    @Column(nullable = false)
    public boolean abstained;

    @Column(name = "answered_by", nullable = false, length = 120)
    public String answeredBy;

    @Column(name = "knowledge_version", nullable = false, length = 40)
    public String knowledgeVersion;

    /** Cited source ids, in citation order, separated by newlines. */
    @Column(name = "cited_sources", length = 4000)
    public String citedSources;

    @Column(name = "retrieval_micros", nullable = false)
    public long retrievalMicros;

    public static AnswerTrace of(Answer answer, long retrievalMicros) {
        AnswerTrace trace = new AnswerTrace();
        trace.traceId = answer.traceId();
        trace.createdAt = Instant.now();
        trace.language = answer.language().code();
        trace.abstained = answer.abstained();
        trace.answeredBy = answer.answeredBy();
        trace.knowledgeVersion = answer.knowledgeVersion();
        String cited = String.join("\n", answer.citations().stream().map(Citation::sourceId).toList());
        trace.citedSources = cited.length() > 4000 ? cited.substring(0, 4000) : cited;
        trace.retrievalMicros = retrievalMicros;
        return trace;
    }
}
