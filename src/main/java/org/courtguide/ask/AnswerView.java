package org.courtguide.ask;

import java.util.ArrayList;
import java.util.List;
import org.courtguide.laws.ArticleReferences;
import org.courtguide.laws.LawLibrary;
import org.courtguide.web.LanguageRuns;

/**
 * An answer prepared for a page: paragraphs split into text and citation markers so the template can turn each
 * {@code [n]} into a link to its source without any parsing of its own, lines written as a list ("- ...") made a list
 * that a screen reader announces as one, the question it answers, and ids unique to this answer so that several
 * answers can stand in one transcript.
 */
public record AnswerView(Answer answer, String question, List<Block> blocks, String reference, String feedbackNote) {

    /** The marker of a list item in the answer text, as the guides and the fixed replies write them. */
    private static final String ITEM = "- ";

    /** Short and unique per answer, for element ids ({@code source-<key>-<n>}). */
    public String key() {
        return keyOf(answer.traceId());
    }

    /** The {@link #key()} of the answer with this trace id. */
    public static String keyOf(String traceId) {
        return traceId.replace("-", "").substring(0, 12);
    }

    /** The same answer with a note in place of its feedback buttons ("Thank you…" once feedback was sent). */
    public AnswerView withFeedbackNote(String note) {
        return new AnswerView(answer, question, blocks, reference, note);
    }

    /**
     * What the person quotes to ask about this answer: its short reference ({@code CG-XXXX-XXXX}); the trace id for
     * answers stored before short references existed.
     */
    public String shownReference() {
        return reference != null ? reference : answer.traceId();
    }

    /** The language the answer is written in, which can differ from the page's. */
    public String lang() {
        return answer.language().code();
    }

    /** The model did not answer, so this is the extractive answer: the page says so with a banner. */
    public boolean modelUnavailable() {
        return answer.answeredBy().endsWith(org.courtguide.answering.GenerativeAnswerer.UNAVAILABLE);
    }

    /** Written by a model (and verified): the page says so beside the answer. */
    public boolean generated() {
        return answer.answeredBy().startsWith("model:");
    }

    public boolean plain() {
        return answer.style() == AnswerStyle.PLAIN;
    }

    /**
     * A crisis reply: the page puts its numbers as call links before anything else and asks for no feedback, which
     * is no question to put to a person in danger.
     */
    public boolean crisis() {
        return !answer.emergencyContacts().isEmpty();
    }

    /**
     * Plain text, or a citation marker when {@code n > 0}; {@code lang} marks text in the other language (Chinese
     * terms quoted in an English answer).
     */
    public record Segment(String text, int n, String lang, String href) {

        public Segment(String text, int n) {
            this(text, n, null, null);
        }

        public Segment(String text, int n, String lang) {
            this(text, n, lang, null);
        }

        /** An article the answer names, linked to its text in the law library. */
        public boolean article() {
            return href != null;
        }

        public boolean cited() {
            return n > 0;
        }
    }

    /** The glossary with each term and meaning split into language runs. */
    public List<GlossaryLine> glossary() {
        String lang = lang();
        return answer.glossary().stream()
                .map(g -> new GlossaryLine(LanguageRuns.split(g.term(), lang), LanguageRuns.split(g.meaning(), lang)))
                .toList();
    }

    /** A paragraph of text, or (when {@code items} is not empty) a bulleted list. */
    public record Block(List<Segment> text, List<List<Segment>> items) {

        public boolean list() {
            return !items.isEmpty();
        }
    }

    public record GlossaryLine(List<LanguageRuns.Run> term, List<LanguageRuns.Run> meaning) {}

    /** The answer with its short reference, and every article it names that the law library holds linked to its text. */
    public static AnswerView of(Answer answer, String question, String reference, LawLibrary laws) {
        List<Block> blocks = new ArrayList<>();
        for (String paragraph : answer.paragraphs()) {
            blocks.addAll(blocks(paragraph, answer, laws));
        }
        return new AnswerView(answer, question, blocks, reference, null);
    }

    static AnswerView of(Answer answer, String question) {
        return of(answer, question, null, null);
    }

    static List<Block> blocks(String paragraph, Answer answer) {
        return blocks(paragraph, answer, null);
    }

    /** A paragraph's runs of ordinary lines and of "- " lines, in order; each run one block. */
    static List<Block> blocks(String paragraph, Answer answer, LawLibrary laws) {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        boolean inList = false;
        for (String line : paragraph.split("\n", -1)) {
            boolean item = line.startsWith(ITEM);
            if (item != inList && !lines.isEmpty()) {
                blocks.add(block(lines, inList, answer, laws));
                lines.clear();
            }
            inList = item;
            lines.add(item ? line.substring(ITEM.length()) : line);
        }
        if (!lines.isEmpty()) {
            blocks.add(block(lines, inList, answer, laws));
        }
        return blocks;
    }

    private static Block block(List<String> lines, boolean list, Answer answer, LawLibrary laws) {
        if (!list) {
            return new Block(marked(String.join("\n", lines), answer, laws), List.of());
        }
        return new Block(
                List.of(),
                lines.stream().map(line -> marked(line, answer, laws)).toList());
    }

    /** Citation markers and named articles as links, and text in the other language marked as such. */
    private static List<Segment> marked(String text, Answer answer, LawLibrary laws) {
        List<Segment> marked = new ArrayList<>();
        for (Segment segment : segments(text, answer.citations().size())) {
            if (segment.cited()) {
                marked.add(segment);
                continue;
            }
            String plain = segment.text();
            int at = 0;
            List<ArticleReferences.Reference> refs = laws == null ? List.of() : laws.references(plain);
            for (ArticleReferences.Reference ref : refs) {
                if (ref.law().isEmpty()
                        || ref.law().get().article(ref.article()).isEmpty()
                        || ref.start() < at) {
                    continue;
                }
                languageRuns(plain.substring(at, ref.start()), answer, marked);
                marked.add(new Segment(
                        plain.substring(ref.start(), ref.end()),
                        0,
                        null,
                        ref.law().get().href(ref.article())));
                at = ref.end();
            }
            languageRuns(plain.substring(at), answer, marked);
        }
        return marked;
    }

    private static void languageRuns(String text, Answer answer, List<Segment> into) {
        if (!text.isEmpty()) {
            LanguageRuns.split(text, answer.language().code())
                    .forEach(run -> into.add(new Segment(run.text(), 0, run.lang())));
        }
    }

    /** Splits "text [1] more [2]" into segments; markers outside 1..citations stay text. */
    static List<Segment> segments(String paragraph, int citations) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < paragraph.length()) {
            int close = paragraph.charAt(i) == '[' ? paragraph.indexOf(']', i) : -1;
            int n = close > i + 1 ? number(paragraph.substring(i + 1, close)) : 0;
            if (n >= 1 && n <= citations) {
                if (!text.isEmpty()) {
                    segments.add(new Segment(text.toString(), 0));
                    text.setLength(0);
                }
                segments.add(new Segment("[" + n + "]", n));
                i = close + 1;
            } else {
                text.append(paragraph.charAt(i++));
            }
        }
        if (!text.isEmpty()) {
            segments.add(new Segment(text.toString(), 0));
        }
        return segments;
    }

    private static int number(String digits) {
        if (digits.isEmpty() || digits.length() > 2 || !digits.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        return Integer.parseInt(digits);
    }
}
