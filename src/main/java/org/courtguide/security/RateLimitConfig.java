package org.courtguide.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Per-client request allowances, one per bucket named in {@link RateLimited}. */
@ConfigMapping(prefix = "court-guide.rate-limit")
public interface RateLimitConfig {

    /** Off only for load tests that measure the application itself. */
    @WithDefault("true")
    boolean enabled();

    /** Clients remembered per bucket; the least recently seen are forgotten first, so memory stays bounded. */
    @WithDefault("100000")
    int maxClients();

    /** Requests per period for a bucket that has no settings of its own. */
    @WithDefault("30")
    int defaultLimit();

    @WithDefault("1m")
    Duration defaultPeriod();

    /** Settings per bucket: {@code court-guide.rate-limit.bucket.ask.limit=20}, {@code ….period=1m}. */
    Map<String, Bucket> bucket();

    interface Bucket {
        OptionalInt limit();

        Optional<Duration> period();
    }
}
