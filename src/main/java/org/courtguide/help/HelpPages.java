package org.courtguide.help;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.courtguide.web.Page;
import org.courtguide.web.PageLanguage;

/**
 * The two pages of help that need no answer: {@code /contact}, "Talk to a person" (where to get help from a human,
 * linked from every page), and {@code /help}, how to use Court Guide, the accessible mode, and leaving quickly and
 * safely ({@code #exit}).
 */
@Path("/")
public class HelpPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance contact(Page page);

        static native TemplateInstance help(Page page);
    }

    private final PageLanguage languages;

    HelpPages(PageLanguage languages) {
        this.languages = languages;
    }

    @GET
    @Path("contact")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance contact(@Context UriInfo uri, @Context HttpHeaders headers) {
        Page page = languages.page(uri, headers);
        return Templates.contact(page).setLocale(page.language().locale());
    }

    @GET
    @Path("help")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance help(@Context UriInfo uri, @Context HttpHeaders headers) {
        Page page = languages.page(uri, headers);
        return Templates.help(page).setLocale(page.language().locale());
    }
}
