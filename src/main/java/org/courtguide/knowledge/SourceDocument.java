package org.courtguide.knowledge;

import java.util.List;

/**
 * The metadata of one knowledge source as its author wrote it: a guide's front matter, or a statute article's
 * identity. Stored in the index beside its chunks so pages and citations never re-read the source files.
 */
public record SourceDocument(
        String id,
        SourceKind kind,
        String title,
        String issuer,
        String sourceUrl,
        String published,
        String effective,
        Validity validity,
        String language,
        String lawVersion,
        List<String> topics,
        List<String> audience,
        List<Citation> cites,
        List<String> easyRead,
        List<GlossaryEntry> glossary,
        String translationOf) {

    /** The laws and articles a guide summarises. */
    public record Citation(String law, List<String> articles) {
    }

    /** A legal term used in a guide with its plain-language meaning. */
    public record GlossaryEntry(String term, String meaning) {
    }

    /** The date to show beside a citation: when the source took effect, else when it was published. */
    public String displayDate() {
        return effective != null && !effective.isBlank() ? effective : published;
    }
}
