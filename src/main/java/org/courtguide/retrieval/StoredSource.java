package org.courtguide.retrieval;

import java.util.List;

import org.courtguide.knowledge.KnowledgeChunk;
import org.courtguide.knowledge.SourceDocument;

/** A whole source as indexed: its metadata and its sections in reading order. */
public record StoredSource(SourceDocument document, List<KnowledgeChunk> sections) {
}
