package org.courtguide.grounding;

import java.util.List;
import java.util.function.Consumer;
import org.courtguide.Language;
import org.courtguide.source.KnowledgeChunk;

/**
 * Lets a streamed answer's draft through one complete sentence at a time, and only sentences that pass the grounding
 * check; at the first that fails, the draft stops for good (the finished answer is checked as a whole and replaces
 * the draft). A sentence is complete once text that is not its citation marker follows it.
 */
final class DraftGate implements Consumer<String> {

    private final Consumer<String> drafts;
    private final GroundingChecker checker;
    private final List<KnowledgeChunk> numbered;
    private final Language language;
    private final StringBuilder text = new StringBuilder();
    private int passed;
    private boolean stopped;

    /** @param numbered the passages in prompt order: {@code [n]} in the draft is {@code numbered.get(n - 1)} */
    DraftGate(Consumer<String> drafts, GroundingChecker checker, List<KnowledgeChunk> numbered, Language language) {
        this.drafts = drafts;
        this.checker = checker;
        this.numbered = numbered;
        this.language = language;
    }

    @Override
    public void accept(String delta) {
        text.append(delta);
        if (stopped) {
            return;
        }
        List<CitedSentences.Sentence> sentences = CitedSentences.split(text.toString());
        int complete = sentences.size() - 1;
        // a marker may still be arriving after the full stop: hold the sentence until real text follows
        while (complete > passed && !startsText(sentences.get(complete))) {
            complete--;
        }
        for (int i = passed; i < complete; i++) {
            CitedSentences.Sentence sentence = sentences.get(i);
            if (!sentence.trivial()
                    && !checker.check(sentence, numbered, language).passed()) {
                stopped = true;
                return;
            }
            // the space between sentences ends this draft rather than starts the next (an event's leading space is
            // dropped by server-sent-event parsers)
            String next = sentences.get(i + 1).raw();
            drafts.accept(sentence.raw().stripLeading()
                    + next.substring(0, next.length() - next.stripLeading().length()));
            passed++;
        }
    }

    boolean stopped() {
        return stopped;
    }

    private static boolean startsText(CitedSentences.Sentence next) {
        String raw = next.raw().stripLeading();
        return !raw.isEmpty() && "[【［".indexOf(raw.charAt(0)) < 0 && !next.trivial();
    }
}
