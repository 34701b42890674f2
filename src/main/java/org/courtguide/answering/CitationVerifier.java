package org.courtguide.answering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a generated answer against the sources it was given: it must cite at least one, and every number it cites
 * (in the text or in its list of sources) must be one of the numbered sources. A passing answer's markers are
 * renumbered 1..k in order of first use, so they match the citation list shown with it.
 */
public final class CitationVerifier {

    /** {@code [1]}, {@code [1, 3]}, {@code [2][3]}, and the full-width brackets models sometimes use in Chinese. */
    private static final Pattern MARKER = Pattern.compile("[\\[【［]\\s*(\\d{1,3}(?:\\s*[,，、]\\s*\\d{1,3})*)\\s*[\\]】］]");

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");

    private CitationVerifier() {}

    /**
     * @param text renumbered answer text (when valid)
     * @param sources the original source numbers, in the order of the new numbers 1..k
     * @param problem why the answer is not shown (when not valid)
     */
    public record Verdict(boolean valid, String text, List<Integer> sources, String problem) {

        static Verdict rejected(String problem) {
            return new Verdict(false, null, List.of(), problem);
        }
    }

    public static Verdict verify(GuidedAnswer answer, int numbered) {
        if (answer == null || answer.answer() == null || answer.answer().isBlank()) {
            return Verdict.rejected("empty answer");
        }
        if (answer.sources() != null) {
            for (Integer n : answer.sources()) {
                if (n == null || n < 1 || n > numbered) {
                    return Verdict.rejected("lists source " + n + " of " + numbered);
                }
            }
        }
        return verify(answer.answer(), numbered);
    }

    public static Verdict verify(String text, int numbered) {
        Map<Integer, Integer> renumbered = new LinkedHashMap<>();
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            Matcher n = NUMBER.matcher(m.group(1));
            while (n.find()) {
                int cited = Integer.parseInt(n.group());
                if (cited < 1 || cited > numbered) {
                    return Verdict.rejected("cites [" + cited + "] of " + numbered);
                }
                renumbered.putIfAbsent(cited, renumbered.size() + 1);
            }
        }
        if (renumbered.isEmpty()) {
            return Verdict.rejected("no citation");
        }
        StringBuilder out = new StringBuilder();
        m.reset();
        while (m.find()) {
            List<String> markers = new ArrayList<>();
            Matcher n = NUMBER.matcher(m.group(1));
            while (n.find()) {
                markers.add("[" + renumbered.get(Integer.parseInt(n.group())) + "]");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(String.join("", markers)));
        }
        m.appendTail(out);
        return new Verdict(true, out.toString().strip(), List.copyOf(renumbered.keySet()), null);
    }
}
