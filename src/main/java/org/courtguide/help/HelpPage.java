package org.courtguide.help;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.courtguide.web.Page;
import org.courtguide.web.PageLanguage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** {@code /help}: how to use Court Guide, the accessible mode, and leaving quickly and safely ({@code #exit}). */
@Path("/help")
public class HelpPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Page page);
    }

    private final PageLanguage languages;

    HelpPage(PageLanguage languages) {
        this.languages = languages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@Context UriInfo uri, @Context HttpHeaders headers) {
        Page page = languages.page(uri, headers);
        return Templates.index(page).setLocale(page.language().locale());
    }
}
