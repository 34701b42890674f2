package org.courtguide.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every cookie this site sets, whoever sets it (pages, the CSRF filter, features added later), leaves with
 * {@code HttpOnly}, {@code SameSite=Lax} and, where configured ({@code court-guide.cookies.secure}, on in production),
 * {@code Secure}. One place, so a new cookie cannot forget a flag.
 */
@ApplicationScoped
public class CookieHardening {

    private final CookieConfig config;
    private final String csrfCookie;

    CookieHardening(
            CookieConfig config,
            @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token") String csrfCookie) {
        this.config = config;
        this.csrfCookie = csrfCookie;
    }

    void register(@Observes Filters filters) {
        filters.register(this::harden, 100);
    }

    private void harden(RoutingContext context) {
        boolean cookieFree = config.cookieFreePaths().contains(context.normalizedPath());
        context.addHeadersEndHandler(v -> {
            MultiMap headers = context.response().headers();
            List<String> cookies = headers.getAll("Set-Cookie");
            if (!cookies.isEmpty()) {
                headers.remove("Set-Cookie");
                cookies.stream()
                        // Exit and the neutral page leave nothing behind: only cookies that delete themselves pass
                        .filter(c -> !cookieFree || c.toLowerCase(Locale.ROOT).contains("max-age=0"))
                        .forEach(c -> headers.add("Set-Cookie", harden(c, config.secure())));
            }
            // the CSRF filter sets its cookie through Vert.x's cookie jar, written after this handler: adjust it there
            Cookie csrf = context.response().removeCookie(csrfCookie, false);
            if (csrf != null && !cookieFree) {
                csrf.setHttpOnly(true);
                csrf.setSameSite(CookieSameSite.LAX);
                csrf.setSecure(csrf.isSecure() || config.secure());
                context.response().addCookie(csrf);
            }
        });
        context.next();
    }

    static String harden(String cookie, boolean secure) {
        String lower = cookie.toLowerCase(Locale.ROOT);
        StringBuilder hardened = new StringBuilder(cookie);
        if (!lower.contains("; httponly")) {
            hardened.append("; HttpOnly");
        }
        if (!lower.contains("; samesite=")) {
            hardened.append("; SameSite=Lax");
        }
        if (secure && !lower.contains("; secure")) {
            hardened.append("; Secure");
        }
        return hardened.toString();
    }
}
