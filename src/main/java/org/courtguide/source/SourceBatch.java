package org.courtguide.source;

import java.util.List;

/** A source's metadata with the chunks cut from it: the unit the ingestor embeds and indexes. */
public record SourceBatch(SourceDocument document, List<KnowledgeChunk> chunks) {}
