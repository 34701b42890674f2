package org.courtguide.grounding;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.courtguide.Language;
import org.courtguide.safety.Route;
import org.courtguide.safety.RouteKind;
import org.courtguide.safety.SafetyRouter;
import org.courtguide.source.KnowledgeChunk;

/**
 * Holds a model's answer to the guidance, sentence by sentence, before anything of it is shown: no text from outside
 * the answer, the question's language, no outcome language (the safety router's reviewed rules), a citation, every
 * number stated by a cited source, and support by the cited source. A failing sentence is removed when what remains
 * still answers and cites; text from outside the answer (the model followed something other than its prompt) and
 * answers that lose more than {@code max-removed-share} of their sentences fall back to the extractive answer.
 */
@ApplicationScoped
public class GroundingChecker {

    /** Share of the best-matching source sentence's overlap that the sentence stating a number must reach. */
    static final double NUMBER_CONTEXT = 0.5;

    private final SafetyRouter router;
    private final SupportScorer support;
    private final GroundingConfig config;
    private final PromptText prompts = PromptText.load();

    GroundingChecker(SafetyRouter router, SupportScorer support, GroundingConfig config) {
        this.router = router;
        this.support = support;
        this.config = config;
    }

    /** One sentence's result: the checks it failed (empty: it may be shown), and whether support needed embeddings. */
    public record SentenceResult(Set<GroundingCheck> failed, boolean embedded) {

        public boolean passed() {
            return failed.isEmpty();
        }
    }

    /**
     * @param text the answer, citing {@code [1]..[k]}
     * @param cited the passage each marker number stands for: {@code cited.get(n - 1)} for {@code [n]}
     * @param question the language of the question
     */
    public GroundingVerdict check(String text, List<KnowledgeChunk> cited, Language question) {
        long start = System.nanoTime();
        List<CitedSentences.Sentence> sentences = CitedSentences.split(text);
        List<CitedSentences.Sentence> kept = new ArrayList<>();
        Set<GroundingCheck> failed = EnumSet.noneOf(GroundingCheck.class);
        int checked = 0;
        int removed = 0;
        int embedded = 0;
        for (CitedSentences.Sentence sentence : sentences) {
            if (sentence.trivial()) {
                kept.add(sentence);
                continue;
            }
            checked++;
            SentenceResult result = check(sentence, cited, question);
            embedded += result.embedded() ? 1 : 0;
            if (result.passed()) {
                kept.add(sentence);
            } else {
                failed.addAll(result.failed());
                removed++;
            }
        }
        long micros = (System.nanoTime() - start) / 1000;
        if (removed == 0) {
            return new GroundingVerdict(GroundingVerdict.Outcome.PASSED, text, failed, checked, 0, embedded, micros);
        }
        boolean stillAnswers = checked > removed && removed <= config.maxRemovedShare() * checked;
        if (failed.contains(GroundingCheck.OUTSIDE_TEXT) || !stillAnswers) {
            return new GroundingVerdict(
                    GroundingVerdict.Outcome.FELL_BACK, null, failed, checked, removed, embedded, micros);
        }
        return new GroundingVerdict(
                GroundingVerdict.Outcome.TRIMMED,
                CitedSentences.join(kept),
                failed,
                checked,
                removed,
                embedded,
                micros);
    }

    /** The checks of one sentence; support, the only one that may need the embedding model, runs last. */
    public SentenceResult check(CitedSentences.Sentence sentence, List<KnowledgeChunk> cited, Language question) {
        Set<GroundingCheck> failed = EnumSet.noneOf(GroundingCheck.class);
        String plain = sentence.plain();
        Optional<Route> rule = router.checkAnswer(plain);
        if (rule.isPresent() && rule.get().kind() == RouteKind.ABUSE || prompts.repeatedIn(plain)) {
            failed.add(GroundingCheck.OUTSIDE_TEXT);
        }
        if (rule.isPresent() && rule.get().kind() == RouteKind.PREDICTION) {
            failed.add(GroundingCheck.OUTCOME);
        }
        if (!inLanguage(plain, question)) {
            failed.add(GroundingCheck.LANGUAGE);
        }
        List<KnowledgeChunk> sources = new ArrayList<>();
        for (int n : sentence.cites()) {
            if (n >= 1 && n <= cited.size()) {
                sources.add(cited.get(n - 1));
            }
        }
        if (sources.isEmpty()) {
            failed.add(GroundingCheck.CITATION);
            return new SentenceResult(failed, false);
        }
        if (!numbersStated(plain, sources)) {
            failed.add(GroundingCheck.NUMBER);
        }
        if (!failed.isEmpty()) {
            return new SentenceResult(failed, false);
        }
        Language language = Language.detect(plain);
        SupportScorer.Decision decision = support.decide(plain, sources, config.support(language));
        if (!decision.supported()) {
            failed.add(GroundingCheck.SUPPORT);
        }
        return new SentenceResult(failed, decision.embedded());
    }

    /**
     * Whether every number of the sentence is stated by a cited source for the same thing: it must occur in a sentence
     * of the source that shares at least {@value #NUMBER_CONTEXT} as many of the answer sentence's terms as the
     * source's best-matching sentence does. A guide that says "15 days to appeal; 30 days for a party living abroad"
     * does not support "30 days to appeal a judgment".
     */
    static boolean numbersStated(String plain, List<KnowledgeChunk> sources) {
        Set<String> numbers = Numerals.in(plain);
        if (numbers.isEmpty()) {
            return true;
        }
        boolean chinese = Language.detect(plain) == Language.ZH;
        Set<String> terms = SupportScorer.terms(plain, chinese);
        terms.removeIf(t -> t.chars().anyMatch(Character::isDigit));
        List<Set<String>> contextNumbers = new ArrayList<>();
        List<Double> contextOverlap = new ArrayList<>();
        double best = 0;
        for (KnowledgeChunk source : sources) {
            List<String> contexts = new ArrayList<>();
            contexts.add(source.title() + " " + source.section());
            CitedSentences.split(source.text()).forEach(s -> contexts.add(s.plain()));
            for (String context : contexts) {
                Set<String> found = SupportScorer.terms(context, chinese);
                double overlap = terms.isEmpty()
                        ? 1
                        : terms.stream().filter(found::contains).count() / (double) terms.size();
                contextNumbers.add(Numerals.in(context));
                contextOverlap.add(overlap);
                best = Math.max(best, overlap);
            }
        }
        for (String number : numbers) {
            double where = -1;
            for (int i = 0; i < contextNumbers.size(); i++) {
                if (contextNumbers.get(i).contains(number)) {
                    where = Math.max(where, contextOverlap.get(i));
                }
            }
            if (where < 0 || where < NUMBER_CONTEXT * best) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a sentence is written in the question's language. Short Latin runs in Chinese (APP, PDF) and a Chinese
     * term in an English sentence ("诉讼服务中心") are allowed; what counts is which script carries the sentence.
     */
    static boolean inLanguage(String sentence, Language question) {
        long han = 0;
        long latin = 0;
        for (int i = 0; i < sentence.length(); ) {
            int cp = sentence.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han++;
            } else if (Character.isLetter(cp) && cp < 0x250) {
                latin++;
            }
            i += Character.charCount(cp);
        }
        if (question == Language.ZH) {
            // one Han character carries about as much as a Latin word of five letters
            return latin < 12 || han * 5 >= latin;
        }
        return han < 4 || latin >= han * 5;
    }
}
