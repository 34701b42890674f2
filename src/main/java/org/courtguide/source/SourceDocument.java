package org.courtguide.source;

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
        String translationOf,
        String reviewedBy,
        String reviewedOn) {

    /** A source nobody has reviewed yet (statute articles, and guides without {@code reviewed-by}). */
    public SourceDocument(
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
        this(
                id,
                kind,
                title,
                issuer,
                sourceUrl,
                published,
                effective,
                validity,
                language,
                lawVersion,
                topics,
                audience,
                cites,
                easyRead,
                glossary,
                translationOf,
                "",
                "");
    }

    /** Whether a court (or whoever is named) has reviewed and signed the guide; shown beside it when so. */
    public boolean reviewed() {
        return reviewedBy != null && !reviewedBy.isBlank();
    }

    /** The laws and articles a guide summarises. */
    public record Citation(String law, List<String> articles) {}

    /** A legal term used in a guide with its plain-language meaning. */
    public record GlossaryEntry(String term, String meaning) {}

    /** The date to show beside a citation: when the source took effect, else when it was published. */
    public String displayDate() {
        return effective != null && !effective.isBlank() ? effective : published;
    }
}
