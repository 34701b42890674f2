package org.courtguide.grounding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An answer cut into sentences, each with the sources it cites. A marker belongs to the sentence it ends, whether
 * the model puts it before the full stop ({@code 30日[1]。}) or after it ({@code 15 days. [1]}). A line ending in a
 * colon ("You need:") stays with the list it introduces, and "Art. 171" is not the end of a sentence.
 */
public final class CitedSentences {

    static final Pattern MARKER = Pattern.compile("[\\[【［]\\s*(\\d{1,3}(?:\\s*[,，、]\\s*\\d{1,3})*)\\s*[\\]】］]");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•·]|\\d{1,2}[.)、])\\s+");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "art", "arts", "no", "nos", "e.g", "i.e", "etc", "mr", "ms", "mrs", "dr", "para", "vs", "cf", "p", "pp");
    private static final String CLOSERS = "”’」』）)\"'";

    /**
     * @param raw the sentence as written, with its markers and the whitespace before it
     * @param plain the sentence without markers and list bullets, for the checks
     * @param cites the source numbers it cites, in order, without repeats
     */
    public record Sentence(String raw, String plain, List<Integer> cites) {

        /** Punctuation, a bullet or a blank line: nothing to check, nothing to remove. */
        public boolean trivial() {
            return plain.codePoints().noneMatch(Character::isLetterOrDigit);
        }
    }

    private CitedSentences() {}

    public static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return sentences;
        }
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (!endsSentence(text, i)) {
                continue;
            }
            int j = i + 1;
            while (j < n) {
                int k = j;
                while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                    k++;
                }
                Matcher m = MARKER.matcher(text).region(k, n);
                if (m.lookingAt()) {
                    j = m.end();
                } else if (k < n && CLOSERS.indexOf(text.charAt(k)) >= 0 && k == j) {
                    j = k + 1;
                } else {
                    break;
                }
            }
            sentences.add(sentence(text.substring(start, j)));
            start = j;
            i = j - 1;
        }
        if (start < n) {
            sentences.add(sentence(text.substring(start)));
        }
        return sentences;
    }

    /** The kept sentences as one text again: paragraphs stay paragraphs, no blank runs where sentences were. */
    public static String join(List<Sentence> sentences) {
        StringBuilder out = new StringBuilder();
        for (Sentence s : sentences) {
            out.append(s.raw());
        }
        return out.toString().replaceAll("\\n[ \\t]*\\n(?:[ \\t]*\\n)+", "\n\n").strip();
    }

    private static Sentence sentence(String raw) {
        List<Integer> cites = new ArrayList<>();
        Matcher m = MARKER.matcher(raw);
        while (m.find()) {
            Matcher number = NUMBER.matcher(m.group(1));
            while (number.find()) {
                int cited = Integer.parseInt(number.group());
                if (!cites.contains(cited)) {
                    cites.add(cited);
                }
            }
        }
        String plain = BULLET.matcher(MARKER.matcher(raw).replaceAll(""))
                .replaceFirst("")
                .strip();
        return new Sentence(raw, plain, List.copyOf(cites));
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        switch (c) {
            case '。', '！', '？', '；', '!', '?', ';' -> {
                return true;
            }
            case '\n' -> {
                // "You need:" introduces the list below it
                int k = i - 1;
                while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                    k--;
                }
                return k < 0 || (text.charAt(k) != ':' && text.charAt(k) != '：');
            }
            case '.' -> {
                if (i + 1 < text.length()) {
                    char next = text.charAt(i + 1);
                    if (!Character.isWhitespace(next) && next != '[' && next != '【' && CLOSERS.indexOf(next) < 0) {
                        return false; // 0.5, e.g.
                    }
                    int k = i + 1;
                    while (k < text.length() && text.charAt(k) == ' ') {
                        k++;
                    }
                    if (k < text.length()
                            && (Character.isDigit(text.charAt(k)) || Character.isLowerCase(text.charAt(k)))) {
                        return false; // "Art. 171", "approx. two"
                    }
                }
                int w = i;
                while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
                    w--;
                }
                return !ABBREVIATIONS.contains(text.substring(w, i).toLowerCase(java.util.Locale.ROOT));
            }
            default -> {
                return false;
            }
        }
    }
}
