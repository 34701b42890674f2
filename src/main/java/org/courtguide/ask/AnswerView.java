package org.courtguide.ask;

import java.util.ArrayList;
import java.util.List;

/**
 * An answer prepared for a page: paragraphs split into text and citation markers so the template can turn each
 * {@code [n]} into a link to its source without any parsing of its own.
 */
public record AnswerView(Answer answer, List<List<Segment>> paragraphs) {

    /** Plain text, or a citation marker when {@code n > 0}. */
    public record Segment(String text, int n) {

        public boolean cited() {
            return n > 0;
        }
    }

    public static AnswerView of(Answer answer) {
        List<List<Segment>> paragraphs = new ArrayList<>();
        for (String paragraph : answer.paragraphs()) {
            paragraphs.add(segments(paragraph, answer.citations().size()));
        }
        return new AnswerView(answer, paragraphs);
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
