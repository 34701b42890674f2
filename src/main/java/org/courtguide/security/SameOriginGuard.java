package org.courtguide.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A second line behind the CSRF token: a browser says where an unsafe request comes from ({@code Sec-Fetch-Site},
 * {@code Origin}); one that another site started is refused, whatever its content type. Requests without these
 * headers (programs, tests) are left to the token check and to each endpoint's content type.
 */
public class SameOriginGuard {

    @ServerRequestFilter(preMatching = true)
    public Response refuseCrossSite(ContainerRequestContext request) {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            return null;
        }
        String site = request.getHeaderString("Sec-Fetch-Site");
        if (site != null) {
            String s = site.toLowerCase(Locale.ROOT);
            // "none" is a person typing or bookmarking; "same-site" is a sibling host under the court's domain
            return s.equals("cross-site") ? refused() : null;
        }
        String origin = request.getHeaderString("Origin");
        if (origin == null) {
            return null;
        }
        String host = request.getHeaderString("Host");
        return host != null && host.equalsIgnoreCase(authority(origin)) ? null : refused();
    }

    private static String authority(String origin) {
        try {
            return URI.create(origin.strip()).getRawAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Empty on purpose: {@link SecurityErrorPages#explainRefusedForm} writes the message in the person's language. */
    private static Response refused() {
        return Response.status(400).build();
    }
}
