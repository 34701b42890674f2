package org.courtguide.grounding;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.courtguide.Language;
import org.courtguide.answering.CitationVerifier;
import org.courtguide.answering.Generation;
import org.courtguide.answering.GenerativeAnswerer;
import org.courtguide.answering.PromptInput;
import org.courtguide.retrieval.Passage;
import org.courtguide.source.KnowledgeChunk;

/**
 * The model's answer held to the guidance: asked only of an admitted model, streamed drafts let through sentence by
 * sentence as they pass the grounding check, and the finished answer checked before it is shown, trimmed of failing
 * sentences or replaced by the extractive answer.
 */
@ApplicationScoped
public class GroundedAnswers {

    private final GenerativeAnswerer generative;
    private final GroundingChecker checker;
    private final ModelAdmission admission;
    private final GroundingRecorder recorder;

    GroundedAnswers(
            GenerativeAnswerer generative,
            GroundingChecker checker,
            ModelAdmission admission,
            GroundingRecorder recorder) {
        this.generative = generative;
        this.checker = checker;
        this.admission = admission;
        this.recorder = recorder;
    }

    /**
     * @param passages the retrieved passages, numbered 1..n in the prompt
     * @param drafts where a streamed standard answer's checked sentences go while it is written; null: not streamed
     * @return the checked generation, or null when the extractive answer is to be given (no model, or not admitted)
     */
    public Generation generate(
            String traceId,
            PromptInput input,
            List<Passage> passages,
            Language language,
            boolean plain,
            Consumer<String> drafts) {
        if (!admission.mayAnswer()) {
            return null;
        }
        List<KnowledgeChunk> numbered = passages.stream().map(Passage::chunk).toList();
        Generation generation = drafts != null && !plain
                ? generative.stream(input, new DraftGate(drafts, checker, numbered, language))
                : generative.generate(input, plain);
        if (!(generation instanceof Generation.Generated generated)) {
            return generation;
        }
        List<KnowledgeChunk> cited =
                generated.sources().stream().map(n -> numbered.get(n - 1)).toList();
        GroundingVerdict verdict = checker.check(generated.text(), cited, language);
        recorder.record(traceId, generated.modelId(), verdict);
        return switch (verdict.outcome()) {
            case PASSED -> generated;
            case FELL_BACK -> rejected(generated, verdict);
            case TRIMMED -> {
                // the kept sentences cite fewer sources: number them 1..k again
                CitationVerifier.Verdict renumbered = CitationVerifier.verify(verdict.text(), cited.size());
                yield !renumbered.valid()
                        ? rejected(generated, verdict)
                        : new Generation.Generated(
                                renumbered.text(),
                                renumbered.sources().stream()
                                        .map(i -> generated.sources().get(i - 1))
                                        .toList(),
                                generated.modelId(),
                                generated.promptVersion(),
                                generated.verifyMicros() + verdict.micros());
            }
        };
    }

    private static Generation rejected(Generation.Generated generated, GroundingVerdict verdict) {
        return new Generation.Rejected(
                "grounding: "
                        + verdict.failed().stream().map(GroundingCheck::tag).collect(Collectors.joining(",")),
                generated.modelId(),
                generated.promptVersion());
    }
}
