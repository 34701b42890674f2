package org.courtguide.exit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.courtguide.accessibility.DisplayMode;
import org.courtguide.conversation.ConversationCookies;
import org.courtguide.conversation.ConversationKey;
import org.courtguide.conversation.ConversationService;
import org.courtguide.security.RequestHeaders;
import org.courtguide.web.Page;
import org.courtguide.web.PageLanguage;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Exit at any time: {@code POST /exit} (the Exit form, with its CSRF token) erases the conversation and everything
 * stored for it, tells the browser to drop this site's cookies and storage, and sends the person to a neutral page.
 * Exit is never refused: a post the CSRF filter or the same-origin guard turns away, or that fails, still clears the
 * browser and leaves, and so does {@code GET /exit} (a plain link; the script's last step) — only erasing the stored
 * conversation needs the form's token, since it changes what the server holds.
 */
@Path("/")
public class ExitResource {

    /** Cookies this site may have set; all are expired on exit. */
    static final String[] COOKIES = {
        ConversationKey.COOKIE, PageLanguage.COOKIE, DisplayMode.COOKIE, "cg_notice", "cg_choice", "csrf-token"
    };

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance left(Page page);
    }

    private final ConversationService conversations;
    private final ConversationCookies cookies;
    private final ExitConfig config;
    private final PageLanguage languages;

    ExitResource(
            ConversationService conversations, ConversationCookies cookies, ExitConfig config, PageLanguage languages) {
        this.conversations = conversations;
        this.cookies = cookies;
        this.config = config;
        this.languages = languages;
    }

    @POST
    @Path("exit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response exitByForm(
            @CookieParam(ConversationKey.COOKIE) String conversation,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        ConversationKey.parse(conversation).ifPresent(conversations::erase);
        return leave(uri, headers).build();
    }

    @GET
    @Path("exit")
    public Response exitByLink(@Context UriInfo uri, @Context HttpHeaders headers) {
        return leave(uri, headers).build();
    }

    /**
     * A post to {@code /exit} that was refused (no valid form token, another site's request, a store that is down)
     * still takes the person out and clears the browser; only the stored conversation stays, unreachable without its
     * cookie, until its retention period ends.
     */
    @ServerResponseFilter
    public void leaveEvenWhenRefused(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 400
                || !"POST".equals(request.getMethod())
                || !"/exit".equals(request.getUriInfo().getPath())) {
            return;
        }
        Response leaving =
                leave(request.getUriInfo(), new RequestHeaders(request)).build();
        response.setStatus(leaving.getStatus());
        response.setEntity(null);
        response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        leaving.getHeaders().forEach((name, values) -> response.getHeaders().addAll(name, values));
    }

    /** To the neutral page, with this site's cookies, storage and cache cleared in the browser. */
    private Response.ResponseBuilder leave(UriInfo uri, HttpHeaders headers) {
        // the language cookie is about to go: the in-app neutral page keeps the person's language in its address
        String target = config.redirectUrl().startsWith("/")
                ? config.redirectUrl() + "?lang="
                        + languages.resolve(uri, headers).code()
                : config.redirectUrl();
        Response.ResponseBuilder response = Response.seeOther(URI.create(target))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Clear-Site-Data", "\"cache\", \"cookies\", \"storage\"");
        for (String name : COOKIES) {
            response.cookie(cookies.expired(name));
        }
        return response;
    }

    /** The neutral landing page: nothing about the conversation, nothing that needs a cookie. */
    @GET
    @Path("left")
    @Produces(MediaType.TEXT_HTML)
    public Response left(@Context UriInfo uri, @Context HttpHeaders headers) {
        Page page = languages.page(uri, headers);
        return Response.ok(
                        Templates.left(page).setLocale(page.language().locale()).render())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
