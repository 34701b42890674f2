package org.courtguide.retrieval.qdrant;

/** Qdrant did not answer or refused a call; the readiness check reports the same condition. */
public class QdrantUnavailableException extends RuntimeException {

    public QdrantUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
