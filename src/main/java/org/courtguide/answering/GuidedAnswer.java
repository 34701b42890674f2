package org.courtguide.answering;

import java.util.List;

/**
 * What the model returns: the answer text with citation markers {@code [n]}, and the numbers of the sources it used.
 * Both are checked against the numbered sources before anything is shown ({@link CitationVerifier}).
 */
public record GuidedAnswer(String answer, List<Integer> sources) {}
