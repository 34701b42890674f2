package org.courtguide.disclosure;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.courtguide.laws.LawLibrary;
import org.courtguide.laws.LawView;
import org.courtguide.web.Page;
import org.courtguide.web.PageLanguage;

/** The capability disclosure: what Court Guide is, does and does not do, how well, with which data. */
@Path("/")
public class DisclosurePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance disclosure(Page page, DisclosureView view, List<LawView> laws);
    }

    private final DisclosureService service;
    private final DisclosureViews views;
    private final PageLanguage languages;
    private final LawLibrary laws;

    DisclosurePage(DisclosureService service, DisclosureViews views, PageLanguage languages, LawLibrary laws) {
        this.laws = laws;
        this.service = service;
        this.views = views;
        this.languages = languages;
    }

    @GET
    @Path("disclosure")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@Context UriInfo uri, @Context HttpHeaders headers) {
        Page page = languages.page(uri, headers);
        List<LawView> shipped =
                laws.all().stream().map(l -> LawView.of(l, page.lang())).toList();
        return Templates.disclosure(page, views.view(page.language()), shipped)
                .setLocale(page.language().locale());
    }

    @GET
    @Path("api/disclosure")
    @Produces(MediaType.APPLICATION_JSON)
    public Disclosure api() {
        return service.disclosure();
    }
}
