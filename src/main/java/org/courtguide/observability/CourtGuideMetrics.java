package org.courtguide.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * The service-level meters operators watch (Prometheus at {@code /q/metrics}): answer and retrieval latency, how often
 * the assistant declines (abstention rate = {@code route="abstained"} over all answers), how often a model answer fell
 * back to the extractive one, and feedback. Static and on the global registry (Quarkus binds its registry there) so
 * that each feature records with one line and no new constructor parameter.
 */
public final class CourtGuideMetrics {

    private CourtGuideMetrics() {}

    /** One answered question: its route (answered, abstained, prediction, crisis, abuse) and which answerer wrote it. */
    public static void answer(String route, String answerer, long latencyMs) {
        Counter.builder("court_guide_answers")
                .description("Questions answered, by route and answerer")
                .tag("route", route)
                .tag("answerer", answerer == null ? "none" : answerer)
                .register(Metrics.globalRegistry)
                .increment();
        Timer.builder("court_guide_answer_latency")
                .description("Time to answer a question, end to end")
                .tag("route", route)
                .publishPercentiles(0.5, 0.95, 0.99)
                .publishPercentileHistogram()
                .register(Metrics.globalRegistry)
                .record(Duration.ofMillis(latencyMs));
    }

    /** One retrieval call (hybrid, lexical or dense), including embedding the question. */
    public static void retrieval(String mode, long micros) {
        Timer.builder("court_guide_retrieval_latency")
                .description("Retrieval time including query embedding")
                .tag("mode", mode)
                .publishPercentiles(0.5, 0.95, 0.99)
                .publishPercentileHistogram()
                .register(Metrics.globalRegistry)
                .record(Duration.ofNanos(micros * 1000));
    }

    /** A model answer was replaced by the extractive one (model error, timeout, or a failed citation check). */
    public static void fallback(String reason) {
        Counter.builder("court_guide_answer_fallbacks")
                .description("Model answers replaced by the extractive answer")
                .tag("reason", reason)
                .register(Metrics.globalRegistry)
                .increment();
    }

    /** Feedback given on an answer: helpful, not_helpful or wrong_answer. */
    public static void feedback(String kind) {
        Counter.builder("court_guide_feedback")
                .description("Feedback on answers")
                .tag("kind", kind)
                .register(Metrics.globalRegistry)
                .increment();
    }
}
