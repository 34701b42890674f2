package org.courtguide.security;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits how often one client (its address, or the forwarded address behind a trusted proxy) may call the annotated
 * endpoint. Endpoints naming the same bucket share one allowance; each bucket is configured under
 * {@code court-guide.rate-limit.bucket.<name>}. Over the limit the client gets a polite 429 with {@code Retry-After}.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RateLimited {

    /** The bucket, e.g. {@code "ask"} or {@code "triage"}. */
    @Nonbinding
    String value();
}
