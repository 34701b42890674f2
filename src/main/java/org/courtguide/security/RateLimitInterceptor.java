package org.courtguide.security;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.Optional;

/**
 * Applies {@link RateLimited}. The client is the connection's address; behind a reverse proxy Quarkus replaces it with
 * the forwarded address only when {@code quarkus.http.proxy.proxy-address-forwarding} is on and the proxy is trusted,
 * so a client cannot escape its limit by sending its own X-Forwarded-For.
 */
@RateLimited("")
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RateLimitInterceptor {

    @Inject
    RateLimiters limiters;

    @Inject
    CurrentVertxRequest request;

    @AroundInvoke
    Object limit(InvocationContext context) throws Exception {
        RateLimited binding = Optional.ofNullable(context.getMethod().getAnnotation(RateLimited.class))
                .orElseGet(() -> context.getMethod().getDeclaringClass().getAnnotation(RateLimited.class));
        limiters.acquire(binding.value(), client());
        return context.proceed();
    }

    private String client() {
        RoutingContext current = request.getCurrent();
        SocketAddress address = current == null ? null : current.request().remoteAddress();
        return address == null || address.hostAddress() == null ? "unknown" : address.hostAddress();
    }
}
