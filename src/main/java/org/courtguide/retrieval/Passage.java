package org.courtguide.retrieval;

import org.courtguide.source.KnowledgeChunk;
import org.courtguide.source.SourceDocument;

/** A retrieved chunk with the metadata of its source and the score of the stage that found it. */
public record Passage(KnowledgeChunk chunk, SourceDocument document, double score) {

    public Passage withScore(double newScore) {
        return new Passage(chunk, document, newScore);
    }
}
