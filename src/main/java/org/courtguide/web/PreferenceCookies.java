package org.courtguide.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import org.courtguide.accessibility.DisplayMode;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Remembers an explicit {@code ?lang=} or {@code ?mode=} on any page in a cookie, so that following a link such as
 * {@code /guides?mode=accessible} keeps the choice on the next pages. Not on the API and not on the exit pages, which
 * must leave no preference behind.
 */
public class PreferenceCookies {

    private final PageLanguage languages;

    PreferenceCookies(PageLanguage languages) {
        this.languages = languages;
    }

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        UriInfo uri = request.getUriInfo();
        String path = uri.getPath();
        if (path.startsWith("/api/")
                || path.startsWith("/exit")
                || path.startsWith("/left")
                || path.startsWith("/mode")) {
            return;
        }
        languages.rememberChoice(uri).ifPresent(c -> response.getHeaders().add(HttpHeaders.SET_COOKIE, c));
        DisplayMode.explicit(uri).ifPresent(m -> response.getHeaders().add(HttpHeaders.SET_COOKIE, m.cookie()));
    }
}
