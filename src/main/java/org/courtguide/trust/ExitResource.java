package org.courtguide.trust;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.courtguide.accessibility.DisplayMode;
import org.courtguide.web.Page;
import org.courtguide.web.PageLanguage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Placeholder for the "Exit" control on every page, so that it leads somewhere on this branch: it clears Court
 * Guide's preference cookies and shows a neutral page. The full exit (erasing the stored conversation) replaces this.
 */
@Path("/")
public class ExitResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance left(Page page);
    }

    private final PageLanguage languages;

    ExitResource(PageLanguage languages) {
        this.languages = languages;
    }

    @POST
    @Path("exit")
    public Response exit(@Context UriInfo uri, @Context HttpHeaders headers) {
        String lang = languages.resolve(uri, headers).code();
        return Response.seeOther(URI.create("/left?lang=" + lang))
                .cookie(expired(PageLanguage.COOKIE), expired(DisplayMode.COOKIE)).build();
    }

    @GET
    @Path("exit")
    public Response exitByLink(@Context UriInfo uri, @Context HttpHeaders headers) {
        return exit(uri, headers);
    }

    @GET
    @Path("left")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance left(@Context UriInfo uri, @Context HttpHeaders headers) {
        Page page = languages.page(uri, headers);
        return Templates.left(page).setLocale(page.language().locale());
    }

    private static NewCookie expired(String name) {
        return new NewCookie.Builder(name).value("").path("/").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).build();
    }
}
