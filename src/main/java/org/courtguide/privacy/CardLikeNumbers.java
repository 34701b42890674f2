package org.courtguide.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of a bank card number as people type it: a run of 16 to 19 digits, together or in groups apart by single
 * spaces or dashes ("6222 0212 3456 7890 123"). An exact rule, not a guess: the redactor replaces every such run, and
 * nothing that reads amounts out of a question may take one for money.
 */
public final class CardLikeNumbers {

    static final int MIN_DIGITS = 16;
    static final int MAX_DIGITS = 19;

    /** A whole run of ASCII digits with single spaces or dashes between them; callers check its digit count. */
    static final Pattern RUN = Pattern.compile("(?<![0-9])(?<pii>\\d(?:[ -]?\\d)*+)");

    private CardLikeNumbers() {}

    /** Whether a run of digits (separators ignored) is as long as a card number. */
    static boolean cardLength(String run) {
        int digits = 0;
        for (int i = 0; i < run.length(); i++) {
            if (run.charAt(i) >= '0' && run.charAt(i) <= '9') {
                digits++;
            }
        }
        return digits >= MIN_DIGITS && digits <= MAX_DIGITS;
    }

    /** {@code text} with every card-like run replaced by spaces of the same length, so positions keep. */
    public static String blankOut(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = RUN.matcher(PiiRedactor.asciiDigits(text));
        StringBuilder out = null;
        while (m.find()) {
            if (cardLength(m.group())) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                for (int i = m.start(); i < m.end(); i++) {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
