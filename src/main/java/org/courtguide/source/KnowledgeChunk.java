package org.courtguide.source;

/**
 * One retrievable passage: a guide section or (part of) a statute article. {@code sourceId} is the guide id or the
 * statute's {@code doc_id}; {@code anchor} addresses the section on the source's page.
 */
public record KnowledgeChunk(
        String chunkId,
        String sourceId,
        SourceKind kind,
        String language,
        Validity validity,
        String title,
        String section,
        String anchor,
        int order,
        String text,
        String markdown) {

    /** The text given to the embedding model: title and heading path travel with the passage. */
    public String embeddingText() {
        return title + " " + section + "\n" + text;
    }
}
