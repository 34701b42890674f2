package org.courtguide.answering;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import org.courtguide.observability.CourtGuideMetrics;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.jboss.logging.Logger;

/**
 * Every call to the chat model goes through here: a time limit, a circuit breaker (after repeated failures the model
 * is left alone for a while instead of making every person wait for the time limit) and a fallback that reports the
 * model unavailable, so the caller shows the extractive answer with a banner. Generated answers are shown only after
 * {@link CitationVerifier} accepts them. Logs carry ids and timings, never the question.
 * <p>
 * The limits can be changed without a build, e.g.
 * {@code quarkus.fault-tolerance."org.courtguide.answering.GenerativeAnswerer/generate".timeout.value=30000}.
 */
@ApplicationScoped
public class GenerativeAnswerer {

    private static final Logger LOG = Logger.getLogger(GenerativeAnswerer.class);
    /** Appended to the answerer id of an extractive answer given because the model did not answer. */
    public static final String UNAVAILABLE = "+model-unavailable";

    private final ModelConfig config;
    private final GuidanceAnswerer answerer;
    private final FollowUpRewriter rewriter;
    private final PromptVersions versions;

    GenerativeAnswerer(
            ModelConfig config, GuidanceAnswerer answerer, FollowUpRewriter rewriter, PromptVersions versions) {
        this.config = config;
        this.answerer = answerer;
        this.rewriter = rewriter;
        this.versions = versions;
    }

    /** Whether a model is configured; when not, nothing here is called and nothing reaches the network. */
    public boolean enabled() {
        return config.provider() != ModelConfig.Provider.NONE;
    }

    public String modelId() {
        return config.modelId();
    }

    /** How many earlier questions of the conversation a follow-up carries. */
    public int window() {
        return config.window();
    }

    public String promptVersion(boolean plain) {
        return plain ? versions.plain() : versions.standard();
    }

    /** A verified answer from the numbered sources, or why there is none. */
    @Timeout(value = 20, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "unavailable")
    public Generation generate(PromptInput input, boolean plain) {
        GuidedAnswer out = plain
                ? answerer.plain(input.language(), input.earlier(), input.sources(), input.question())
                : answerer.answer(input.language(), input.earlier(), input.sources(), input.question());
        return checked(out, input.numbered(), promptVersion(plain));
    }

    /**
     * The standard answer streamed: text goes to {@code drafts} only once it cites a given source and cites nothing
     * else, so an answer that is going to be rejected is not shown while it is written. The complete text is then
     * checked like any other answer; the caller shows the result in place of the drafts.
     */
    @Timeout(value = 20, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "unavailableStream")
    public Generation stream(PromptInput input, Consumer<String> drafts) {
        StringBuilder text = new StringBuilder();
        int[] shown = {0};
        answerer.stream(input.language(), input.earlier(), input.sources(), input.question())
                .onItem()
                .invoke(chunk -> {
                    text.append(chunk);
                    if (CitationVerifier.verify(text.toString(), input.numbered())
                            .valid()) {
                        drafts.accept(text.substring(shown[0]));
                        shown[0] = text.length();
                    }
                })
                .collect()
                .last()
                .await()
                .indefinitely();
        return checked(new GuidedAnswer(text.toString(), null), input.numbered(), promptVersion(false));
    }

    Generation unavailableStream(PromptInput input, Consumer<String> drafts, Throwable failure) {
        return unavailable(input, false, failure);
    }

    /** The same check for every answer, typed or streamed. */
    public Generation checked(GuidedAnswer out, int numbered, String promptVersion) {
        long start = System.nanoTime();
        CitationVerifier.Verdict verdict = CitationVerifier.verify(out, numbered);
        long micros = (System.nanoTime() - start) / 1000;
        if (!verdict.valid()) {
            LOG.infof("generated answer rejected (%s), verification %dµs", verdict.problem(), micros);
            CourtGuideMetrics.fallback("citation_check");
            return new Generation.Rejected(verdict.problem(), modelId(), promptVersion);
        }
        return new Generation.Generated(verdict.text(), verdict.sources(), modelId(), promptVersion, micros);
    }

    Generation unavailable(PromptInput input, boolean plain, Throwable failure) {
        LOG.warnf("model %s unavailable: %s", modelId(), failure.getClass().getSimpleName());
        CourtGuideMetrics.fallback("model_unavailable");
        return new Generation.Unavailable(modelId());
    }

    /** A standalone query for retrieval; the follow-up itself when the model does not answer in time. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "asAsked")
    public String standalone(List<String> earlierQuestions, String redactedQuestion) {
        PromptInput input = PromptInput.of(null, earlierQuestions, List.of(), redactedQuestion);
        String rewritten = rewriter.standalone(input.earlier(), input.question());
        return rewritten == null || rewritten.isBlank() ? redactedQuestion : rewritten.strip();
    }

    String asAsked(List<String> earlierQuestions, String redactedQuestion, Throwable failure) {
        LOG.warnf("follow-up rewrite unavailable: %s", failure.getClass().getSimpleName());
        return redactedQuestion;
    }
}
