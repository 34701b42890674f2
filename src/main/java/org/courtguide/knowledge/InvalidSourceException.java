package org.courtguide.knowledge;

/** A knowledge source that cannot be ingested as written; the message names the file and what is wrong. */
public class InvalidSourceException extends RuntimeException {

    public InvalidSourceException(String message) {
        super(message);
    }
}
