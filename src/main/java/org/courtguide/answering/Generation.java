package org.courtguide.answering;

import java.util.List;

/** What became of a request for a generated answer. */
public sealed interface Generation {

    /**
     * A verified answer: {@code text} cites {@code [1]..[k]}, and citation {@code i} is the source numbered
     * {@code sources.get(i - 1)} in the prompt.
     */
    record Generated(String text, List<Integer> sources, String modelId, String promptVersion, long verifyMicros)
            implements Generation {}

    /** The model answered, but the answer failed the citation check and is not shown. */
    record Rejected(String problem, String modelId, String promptVersion) implements Generation {}

    /** No answer from the model (error, time limit, circuit open): the page says so with a banner. */
    record Unavailable(String modelId) implements Generation {}
}
