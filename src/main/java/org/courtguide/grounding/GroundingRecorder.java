package org.courtguide.grounding;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import org.courtguide.conversation.ConversationConfig;
import org.courtguide.observability.CourtGuideMetrics;
import org.jboss.logging.Logger;

/**
 * Records every grounding verdict: a row by trace id, a counter of failed checks by check
 * ({@code court_guide_grounding_failures{check=…}}) and of answers by outcome ({@code court_guide_grounding_answers}),
 * and an answer that fell back in the existing fallback counter ({@code reason="grounding"}). Logs carry the trace id
 * and check names, never text.
 */
@ApplicationScoped
public class GroundingRecorder {

    private static final Logger LOG = Logger.getLogger(GroundingRecorder.class);

    private final ConversationConfig conversations;

    GroundingRecorder(ConversationConfig conversations) {
        this.conversations = conversations;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String traceId, String model, GroundingVerdict verdict) {
        for (GroundingCheck check : verdict.failed()) {
            Counter.builder("court_guide_grounding_failures")
                    .description("Model answers with a sentence that failed a grounding check, by check")
                    .tag("check", check.tag())
                    .register(Metrics.globalRegistry)
                    .increment();
        }
        Counter.builder("court_guide_grounding_answers")
                .description("Model answers by grounding outcome")
                .tag("outcome", verdict.outcome().tag())
                .register(Metrics.globalRegistry)
                .increment();
        if (!verdict.shown()) {
            CourtGuideMetrics.fallback("grounding");
        }
        String failed = verdict.failed().isEmpty()
                ? null
                : verdict.failed().stream().map(GroundingCheck::tag).collect(Collectors.joining(","));
        LOG.infof(
                "grounding trace=%s outcome=%s failed=%s sentences=%d removed=%d embedded=%d check=%dµs",
                traceId,
                verdict.outcome().tag(),
                failed,
                verdict.sentences(),
                verdict.removed(),
                verdict.embedded(),
                verdict.micros());
        if (traceId == null) {
            return;
        }
        GroundingRecord record = new GroundingRecord();
        record.traceId = traceId;
        record.createdAt = Instant.now();
        record.model = model;
        record.outcome = verdict.outcome().tag();
        record.failedChecks = failed;
        record.sentences = verdict.sentences();
        record.removed = verdict.removed();
        record.checkMicros = verdict.micros();
        record.persist();
    }

    @Transactional
    public Optional<GroundingRecord> of(String traceId) {
        return Optional.ofNullable(GroundingRecord.findById(traceId));
    }

    @Scheduled(
            every = "${court-guide.conversation.purge-every:1h}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgeExpired() {
        GroundingRecord.deleteCreatedBefore(Instant.now().minus(conversations.retention()));
    }
}
