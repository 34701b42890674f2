package org.courtguide.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Resilience4j rate limiter per bucket and client, held in a bounded Caffeine cache per bucket: a flood of
 * distinct addresses evicts old entries instead of exhausting memory.
 */
@ApplicationScoped
public class RateLimiters {

    private final RateLimitConfig config;
    private final Map<String, Limits> buckets = new ConcurrentHashMap<>();

    RateLimiters(RateLimitConfig config) {
        this.config = config;
    }

    /** Takes one request from the client's allowance, or throws {@link TooManyRequestsException}. */
    public void acquire(String bucket, String client) {
        if (!config.enabled()) {
            return;
        }
        Limits limits = buckets.computeIfAbsent(bucket, this::limits);
        RateLimiter limiter = limits.clients.get(client, c -> RateLimiter.of(bucket, limits.config));
        if (!limiter.acquirePermission()) {
            throw new TooManyRequestsException(bucket, retryAfterSeconds(limiter, limits.config));
        }
    }

    private Limits limits(String bucket) {
        RateLimitConfig.Bucket settings = config.bucket().get(bucket);
        int limit = settings == null ? config.defaultLimit() : settings.limit().orElse(config.defaultLimit());
        Duration period =
                settings == null ? config.defaultPeriod() : settings.period().orElse(config.defaultPeriod());
        RateLimiterConfig limiterConfig = RateLimiterConfig.custom()
                .limitForPeriod(limit)
                .limitRefreshPeriod(period)
                .timeoutDuration(Duration.ZERO)
                .build();
        Cache<String, RateLimiter> clients = Caffeine.newBuilder()
                .maximumSize(config.maxClients())
                .expireAfterAccess(period.multipliedBy(2))
                .build();
        return new Limits(limiterConfig, clients);
    }

    private static long retryAfterSeconds(RateLimiter limiter, RateLimiterConfig config) {
        long nanos = limiter instanceof AtomicRateLimiter atomic
                ? atomic.getDetailedMetrics().getNanosToWait()
                : config.getLimitRefreshPeriod().toNanos();
        return Math.max(1, (long) Math.ceil(nanos / 1e9));
    }

    private record Limits(RateLimiterConfig config, Cache<String, RateLimiter> clients) {}
}
