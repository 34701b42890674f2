package org.courtguide.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The address and header limits people meet, enforced by {@link RequestLimits} with a localised explanation. The
 * HTTP codec's own limits ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) are set
 * higher, as a hard ceiling: past them the codec answers 414/431 with an empty body before any handler runs.
 */
@ConfigMapping(prefix = "court-guide.request-limits")
public interface RequestLimitsConfig {

    /** Longest request target (path and query) answered normally; longer ones get a localised 414. */
    @WithDefault("4096")
    int maxUriLength();

    /** Largest total size of the request headers in bytes; larger ones get a localised 431. */
    @WithDefault("16384")
    int maxHeaderBytes();
}
