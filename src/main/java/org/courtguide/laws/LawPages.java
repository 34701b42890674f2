package org.courtguide.laws;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.courtguide.web.Page;
import org.courtguide.web.PageLanguage;

/**
 * The law library: the laws the guides rely on, each article at {@code /laws/{id}#art-{n}}, with keyword search.
 * No AI is involved; these pages work whatever the state of the assistant.
 */
@Path("/laws")
public class LawPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page page, List<LawView> laws, String query, List<LawSearch.Hit> hits);

        static native TemplateInstance show(Page page, LawView law);
    }

    private static final int MAX_QUERY_CHARS = 200;
    private static final int MAX_HITS = 30;

    private final LawLibrary laws;
    private final PageLanguage languages;

    LawPages(LawLibrary laws, PageLanguage languages) {
        this.laws = laws;
        this.languages = languages;
    }

    /** A law as its pages show it: the title in the page's language, and the Chinese title beside an English one. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@QueryParam("q") String q, @Context UriInfo uri, @Context HttpHeaders headers) {
        Page page = languages.page(uri, headers);
        String query = q == null ? "" : q.strip();
        if (query.length() > MAX_QUERY_CHARS) {
            query = query.substring(0, MAX_QUERY_CHARS);
        }
        List<LawSearch.Hit> hits = query.isEmpty() ? List.of() : LawSearch.search(laws, query, MAX_HITS);
        List<LawView> all =
                laws.all().stream().map(l -> LawView.of(l, page.lang())).toList();
        return Templates.list(page, all, query, hits).setLocale(page.language().locale());
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
        Page page = languages.page(uri, headers);
        Law law = laws.byId(id).orElseThrow(NotFoundException::new);
        return Templates.show(page, LawView.of(law, page.lang()))
                .setLocale(page.language().locale());
    }
}
