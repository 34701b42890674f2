package org.courtguide.trust;

import java.net.URI;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.courtguide.accessibility.DisplayMode;
import org.courtguide.conversation.ConversationCookies;
import org.courtguide.conversation.ConversationKey;
import org.courtguide.conversation.ConversationService;
import org.courtguide.web.Page;
import org.courtguide.web.PageLanguage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Exit at any time: erases the conversation and everything stored for it, tells the browser to drop this site's
 * cookies and storage, and sends the person to a neutral page. Works as a form post, a plain link and from script.
 */
@Path("/")
public class ExitResource {

    /** Cookies this site may have set; all are expired on exit. */
    static final String[] COOKIES = { ConversationKey.COOKIE, PageLanguage.COOKIE, DisplayMode.COOKIE, "cg_notice", "cg_choice",
            "csrf-token" };

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance left(Page page);
    }

    private final ConversationService conversations;
    private final ConversationCookies cookies;
    private final ExitConfig config;
    private final PageLanguage languages;

    ExitResource(ConversationService conversations, ConversationCookies cookies, ExitConfig config,
            PageLanguage languages) {
        this.conversations = conversations;
        this.cookies = cookies;
        this.config = config;
        this.languages = languages;
    }

    @POST
    @Path("exit")
    public Response exitByForm(@CookieParam(ConversationKey.COOKIE) String conversation, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return exit(conversation, uri, headers);
    }

    @GET
    @Path("exit")
    public Response exitByLink(@CookieParam(ConversationKey.COOKIE) String conversation, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return exit(conversation, uri, headers);
    }

    private Response exit(String conversation, UriInfo uri, HttpHeaders headers) {
        ConversationKey.parse(conversation).ifPresent(conversations::erase);
        // the language cookie is about to go: the in-app neutral page keeps the person's language in its address
        String target = config.redirectUrl().startsWith("/")
                ? config.redirectUrl() + "?lang=" + languages.resolve(uri, headers).code()
                : config.redirectUrl();
        Response.ResponseBuilder response = Response.seeOther(URI.create(target))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Clear-Site-Data", "\"cache\", \"cookies\", \"storage\"");
        for (String name : COOKIES) {
            response.cookie(cookies.expired(name));
        }
        return response.build();
    }

    /** The neutral landing page: nothing about the conversation, nothing that needs a cookie. */
    @GET
    @Path("left")
    @Produces(MediaType.TEXT_HTML)
    public Response left(@Context UriInfo uri, @Context HttpHeaders headers) {
        Page page = languages.page(uri, headers);
        return Response.ok(Templates.left(page).setLocale(page.language().locale()).render())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
