package org.courtguide.ask;

/** Cuts text at sentence ends so extracts never stop mid-sentence. */
final class Sentences {

    private Sentences() {}

    static boolean endsSentence(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '.' || c == '!' || c == '?' || c == '\n';
    }

    /** The longest prefix of whole sentences within {@code limit} characters (at least the first sentence). */
    static String trim(String text, int limit) {
        String t = text.strip();
        if (t.length() <= limit) {
            return t;
        }
        int cut = -1;
        for (int i = 0; i < t.length(); i++) {
            if (endsSentence(t.charAt(i))) {
                if (i + 1 > limit && cut > 0) {
                    break;
                }
                cut = i + 1;
                if (i + 1 > limit) {
                    break;
                }
            }
        }
        return cut > 0 ? t.substring(0, cut).strip() + (cut < t.length() ? " …" : "") : t.substring(0, limit) + " …";
    }
}
