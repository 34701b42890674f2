package org.courtguide.grounding;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.courtguide.Language;
import org.courtguide.retrieval.Embedders;
import org.courtguide.retrieval.KnowledgeIndex;
import org.courtguide.source.KnowledgeChunk;

/**
 * How well cited passages support a sentence, computed in-process: the share of the sentence's terms found in the
 * passages (Chinese character pairs; English stemmed content words), and the cosine similarity of the sentence's
 * embedding to the passage's stored vector (bge-small, the model that indexed the passage). The embedding costs
 * milliseconds, so it is computed only when the overlap alone does not decide.
 */
@ApplicationScoped
public class SupportScorer {

    private static final Analyzer ENGLISH = new EnglishAnalyzer();

    private final Embedders embedders;
    private final KnowledgeIndex index;

    SupportScorer(Embedders embedders, KnowledgeIndex index) {
        this.embedders = embedders;
        this.index = index;
    }

    /** What decided: the overlap, and the similarity if it was needed (else NaN). */
    public record Decision(boolean supported, double overlap, double similarity) {

        boolean embedded() {
            return !Double.isNaN(similarity);
        }
    }

    public Decision decide(String sentence, List<KnowledgeChunk> cited, GroundingConfig.SupportThresholds t) {
        double overlap = overlap(sentence, cited);
        if (overlap >= t.acceptOverlap()) {
            return new Decision(true, overlap, Double.NaN);
        }
        if (overlap < t.rejectOverlap()) {
            return new Decision(false, overlap, Double.NaN);
        }
        double similarity = similarity(sentence, cited);
        return new Decision(similarity >= t.minSimilarity(), overlap, similarity);
    }

    /** The share of the sentence's terms that occur in at least one cited passage (1 for a sentence without terms). */
    public static double overlap(String sentence, List<KnowledgeChunk> cited) {
        boolean chinese = Language.detect(sentence) == Language.ZH;
        Set<String> terms = terms(sentence, chinese);
        if (terms.isEmpty()) {
            return 1.0;
        }
        Set<String> passage = new HashSet<>();
        for (KnowledgeChunk chunk : cited) {
            passage.addAll(terms(chunk.title() + " " + chunk.section() + "\n" + chunk.text(), chinese));
        }
        long found = terms.stream().filter(passage::contains).count();
        return (double) found / terms.size();
    }

    /** The best cosine similarity of the sentence to one of the cited passages. */
    public double similarity(String sentence, List<KnowledgeChunk> cited) {
        double best = -1;
        java.util.Map<Language, float[]> own = new java.util.EnumMap<>(Language.class);
        for (KnowledgeChunk chunk : cited) {
            // the passage's vector space: the model of its language
            Language language = Language.parse(chunk.language()).orElse(Language.detect(sentence));
            float[] sentenceVector = own.computeIfAbsent(language, l -> embedders.embed(l, sentence));
            best = Math.max(best, cosine(sentenceVector, vector(chunk, language)));
        }
        return best;
    }

    private float[] vector(KnowledgeChunk chunk, Language language) {
        Optional<float[]> stored = index.storedVectorOfChunk(chunk.chunkId());
        return stored.orElseGet(() -> embedders.embed(language, chunk.embeddingText()));
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** Chinese: overlapping pairs of Han characters, plus Latin words and numbers; English: stemmed content words. */
    static Set<String> terms(String text, boolean chinese) {
        Set<String> terms = new HashSet<>();
        if (chinese) {
            StringBuilder word = new StringBuilder();
            int previous = -1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    if (previous >= 0) {
                        terms.add(String.valueOf((char) previous) + c);
                    }
                    previous = c;
                } else {
                    previous = -1;
                }
                if (Character.isLetterOrDigit(c) && c < 0x250) {
                    word.append(Character.toLowerCase(c));
                } else if (!word.isEmpty()) {
                    terms.add(word.toString());
                    word.setLength(0);
                }
            }
            if (!word.isEmpty()) {
                terms.add(word.toString());
            }
            return terms;
        }
        try (TokenStream stream = ENGLISH.tokenStream("t", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
