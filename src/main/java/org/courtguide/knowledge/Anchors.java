package org.courtguide.knowledge;

/** Fragment identifiers for sections: readable in any script, unique within a page. */
final class Anchors {

    static final String OVERVIEW = "overview";

    private Anchors() {}

    /**
     * ASCII letters and digits of the heading are kept for readability; other characters are dropped so that anchors
     * need no escaping in URLs. The position makes anchors unique and non-empty for headings in any script.
     */
    static String slug(String heading, int position) {
        StringBuilder slug = new StringBuilder();
        heading.toLowerCase(java.util.Locale.ROOT).codePoints().forEach(cp -> {
            if (cp < 128 && Character.isLetterOrDigit(cp)) {
                slug.appendCodePoint(cp);
            } else if (!slug.isEmpty() && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
        });
        while (!slug.isEmpty() && slug.charAt(slug.length() - 1) == '-') {
            slug.setLength(slug.length() - 1);
        }
        return "s" + position + (slug.isEmpty() ? "" : "-" + slug);
    }
}
