package org.courtguide.security;

/** A client went over a bucket's allowance; mapped to a 429 page or JSON by {@link SecurityErrorPages}. */
public class TooManyRequestsException extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(String bucket, long retryAfterSeconds) {
        super("rate limit of bucket " + bucket, null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
