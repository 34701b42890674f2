package org.courtguide.retrieval;

import java.util.List;

/**
 * The fused ranking, best first, with the signals the answerer uses to decide whether the guidance covers the question:
 * the best dense cosine and whether any query word matched at all.
 */
public record RetrievalResult(List<Passage> passages, double bestCosine, boolean lexicalMatch, long tookMicros) {}
