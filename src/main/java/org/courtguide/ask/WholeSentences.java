package org.courtguide.ask;

import java.util.ArrayList;
import java.util.List;

/** Quotes in whole sentences: a quote ends where a sentence ends, never mid-sentence and never with "…". */
final class WholeSentences {

    private WholeSentences() {}

    static boolean ends(String text, int i) {
        char c = text.charAt(i);
        if (c == '。' || c == '！' || c == '？' || c == '；' || c == '\n') {
            return true;
        }
        // "." ends an English sentence only before a space or the end ("Art. 171" and "2.5%" do not)
        return (c == '.' || c == '!' || c == '?' || c == ';')
                && (i + 1 == text.length()
                        || (Character.isWhitespace(text.charAt(i + 1))
                                && i > 0
                                && !text.substring(Math.max(0, i - 4), i).matches(".*\\b(Art|Arts|No|e\\.g|i\\.e)$")));
    }

    static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (ends(text, i)) {
                String s = text.substring(start, i + 1).strip();
                if (!s.isEmpty()) {
                    sentences.add(s);
                }
                start = i + 1;
            }
        }
        String rest = text.substring(Math.min(start, text.length())).strip();
        if (!rest.isEmpty()) {
            sentences.add(rest);
        }
        return sentences;
    }

    /** Whole sentences from the start while within {@code limit} characters; always at least the first sentence. */
    static String upTo(String text, int limit) {
        StringBuilder out = new StringBuilder();
        boolean previousItem = false;
        for (String s : split(text.strip())) {
            if (out.length() > 0 && out.length() + s.length() > limit) {
                break;
            }
            // list items ("- …") stay on lines of their own, so that the page can show them as a list
            boolean item = s.startsWith("- ");
            boolean han = Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.HAN;
            String gap = out.length() == 0 ? "" : item || previousItem ? "\n" : han ? "" : " ";
            out.append(gap).append(s);
            previousItem = item;
        }
        return out.toString();
    }
}
