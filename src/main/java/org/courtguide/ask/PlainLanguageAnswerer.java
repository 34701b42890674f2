package org.courtguide.ask;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.courtguide.retrieval.Passage;
import org.courtguide.source.KnowledgeChunk;
import org.courtguide.source.SourceDocument;
import org.courtguide.source.SourceDocument.GlossaryEntry;
import org.courtguide.web.Messages;

/**
 * The accessible mode's answerer when no model is configured: it gives the easy-read lines that the best guide's
 * authors wrote (one short idea per line), the same numbered citations as a standard answer, and a small glossary of
 * the legal terms that those lines use. Nothing is paraphrased by machine, so nothing can be made up.
 */
@ApplicationScoped
public class PlainLanguageAnswerer {

    public static final String ID = "easy-read";
    /** Most glossary entries shown with one answer: a small glossary helps, a long one is another page to read. */
    static final int MAX_GLOSSARY = 5;
    /** Most sentences taken from the section itself when a guide has no easy-read lines. */
    static final int MAX_FALLBACK_LINES = 6;

    private static final Pattern TERM_PARTS = Pattern.compile("\\s*(?:[/、,，;；]|\\(|\\)|（|）)\\s*");

    /** Lines (one idea each, citation markers {@code [n]}) and the glossary entries they use. */
    public record Composition(List<String> lines, List<GlossaryEntry> glossary) {}

    /**
     * @param passages retrieved passages, best first
     * @param citations the citations of the standard composition for the same passages, so both modes cite alike
     */
    public Composition compose(List<Passage> passages, List<Citation> citations, String question, Messages messages) {
        Passage best = passages.get(0);
        SourceDocument guide = best.document();
        List<String> lines = new ArrayList<>();
        lines.add(messages.plain_from_guide(guide.title()) + " [1]");
        if (guide.easyRead() != null && !guide.easyRead().isEmpty()) {
            lines.addAll(guide.easyRead());
        } else {
            lines.addAll(sentences(best.chunk()));
        }
        for (int i = 1; i < citations.size(); i++) {
            Citation c = citations.get(i);
            lines.add(messages.plain_more(c.section().isBlank() ? c.title() : c.title() + " › " + c.section()) + " ["
                    + c.n() + "]");
        }
        return new Composition(lines, glossary(passages, String.join("\n", lines) + "\n" + question));
    }

    /** Lines for an abstention: what happened, that nothing is guessed, and whom to talk to, one per line. */
    public List<String> abstention(Messages messages) {
        return List.of(
                messages.plain_abstain_1(),
                messages.plain_abstain_2(),
                messages.plain_abstain_3(),
                messages.abstain_contact_centre(),
                messages.abstain_contact_hotline());
    }

    /** Entries of the cited guides whose term (or one of its variants, e.g. "Complaint (起诉状)") appears in the text. */
    static List<GlossaryEntry> glossary(List<Passage> passages, String text) {
        String haystack = text.toLowerCase(Locale.ROOT);
        Map<String, GlossaryEntry> used = new LinkedHashMap<>();
        for (Passage p : passages) {
            List<GlossaryEntry> entries = p.document().glossary();
            if (entries == null) {
                continue;
            }
            for (GlossaryEntry entry : entries) {
                if (used.size() == MAX_GLOSSARY) {
                    return List.copyOf(used.values());
                }
                if (!used.containsKey(entry.term()) && appears(entry.term(), haystack)) {
                    used.put(entry.term(), entry);
                }
            }
        }
        return List.copyOf(used.values());
    }

    private static boolean appears(String term, String haystack) {
        for (String part : TERM_PARTS.split(term.toLowerCase(Locale.ROOT))) {
            String variant = part.strip();
            // one Han character or a two-letter word would match almost anything
            if (variant.codePointCount(0, variant.length()) >= 2
                    && (isHan(variant) || variant.length() >= 4)
                    && haystack.contains(variant)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHan(String s) {
        return Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    private static List<String> sentences(KnowledgeChunk chunk) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String text = chunk.text().strip();
        for (int i = 0; i < text.length() && lines.size() < MAX_FALLBACK_LINES; i++) {
            char c = text.charAt(i);
            current.append(c);
            if (Sentences.endsSentence(c)) {
                String sentence = current.toString().strip();
                if (!sentence.isEmpty()) {
                    lines.add(sentence);
                }
                current.setLength(0);
            }
        }
        if (lines.size() < MAX_FALLBACK_LINES && !current.toString().isBlank()) {
            lines.add(current.toString().strip());
        }
        return lines;
    }
}
