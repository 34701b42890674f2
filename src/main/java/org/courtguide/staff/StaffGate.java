package org.courtguide.staff;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.courtguide.web.ApiError;
import org.courtguide.web.Page;
import org.courtguide.web.PageLanguage;
import org.eclipse.microprofile.config.Config;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Runs before any staff resource. Without sign-in configured, staff pages say so (503) instead of being reachable;
 * the staff API answers 401 with a bearer challenge to any call without a token, rather than the sign-in redirect
 * that pages get (a program cannot fill in a login form). Nothing a staff page or the staff API sends may be kept
 * by the browser, and Exit from a signed-in session signs out of Keycloak as well.
 */
public class StaffGate {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notConfigured(Page page);

        static native TemplateInstance forbidden(Page page, String message);
    }

    /** {@code quarkus.oidc.logout.path}: Quarkus OIDC ends the session there and sends the browser to Keycloak. */
    static final String LOGOUT_PATH = "/staff/logout";

    private final boolean signInEnabled;
    private final PageLanguage languages;

    StaffGate(Config config, PageLanguage languages) {
        this.signInEnabled = config.getOptionalValue("quarkus.oidc.tenant-enabled", Boolean.class)
                        .orElse(true)
                && config.getOptionalValue("quarkus.oidc.auth-server-url", String.class)
                        .isPresent();
        this.languages = languages;
    }

    @ServerRequestFilter(preMatching = true)
    public Response gate(ContainerRequestContext request, UriInfo uri, HttpHeaders headers) {
        String path = uri.getPath();
        if (path.equals("/exit") && signInEnabled && hasSignInSession(headers)) {
            // Exit while signed in: end the Keycloak session first (RP-initiated logout), whose return address is
            // /exit again, which then clears this site's cookies and storage as for anyone
            return Response.seeOther(URI.create(LOGOUT_PATH))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .build();
        }
        boolean api = path.equals("/api/staff") || path.startsWith("/api/staff/");
        boolean pages = path.equals("/staff") || path.startsWith("/staff/");
        if (!api && !pages) {
            return null;
        }
        Page page = languages.page(uri, headers);
        if (!signInEnabled) {
            if (api) {
                return Response.status(503)
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(new ApiError(
                                "staff_sign_in_not_configured",
                                StaffText.messages(page).not_configured_title()))
                        .build();
            }
            return Response.status(503)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.notConfigured(page)
                            .setLocale(page.language().locale())
                            .render())
                    .build();
        }
        if (api && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return Response.status(401)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(
                            "unauthorized", StaffText.messages(page).api_token_required()))
                    .build();
        }
        return null;
    }

    /**
     * Case data must not stay in the browser: not in its cache, not in the back-forward cache. Every staff answer,
     * refusals included, is {@code no-store}, so after signing out Back shows nothing of a case.
     */
    @ServerResponseFilter
    public void noStore(ContainerRequestContext request, ContainerResponseContext response) {
        if (isStaff(request.getUriInfo().getPath())) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    /** The staff pages and API, and the internal trace API (a trace holds what someone asked). */
    static boolean isStaff(String path) {
        return path.equals("/staff")
                || path.startsWith("/staff/")
                || path.equals("/api/staff")
                || path.startsWith("/api/staff/")
                || path.startsWith("/api/internal/");
    }

    /** Quarkus OIDC keeps the code flow's session in {@code q_session} (split into chunks when large). */
    private static boolean hasSignInSession(HttpHeaders headers) {
        return headers.getCookies().keySet().stream().anyMatch(name -> name.startsWith("q_session"));
    }

    /** A signed-in user without the role: a page (or JSON) that says so, in their language, instead of a blank 403. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        Page page = languages.page(uri, headers);
        String message = StaffText.messages(page).forbidden();
        if (uri.getPath().startsWith("/api/")) {
            return Response.status(403)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError("forbidden", message))
                    .build();
        }
        return Response.status(403)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.forbidden(page, message)
                        .setLocale(page.language().locale())
                        .render())
                .build();
    }
}
