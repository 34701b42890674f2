package org.courtguide.guides;

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
import java.util.Collection;
import java.util.List;
import org.courtguide.Language;
import org.courtguide.knowledge.Snippets;
import org.courtguide.retrieval.KnowledgeIndex;
import org.courtguide.retrieval.Passage;
import org.courtguide.retrieval.SearchFilter;
import org.courtguide.retrieval.StoredSource;
import org.courtguide.source.SourceKind;
import org.courtguide.web.Localizer;
import org.courtguide.web.Page;
import org.courtguide.web.PageLanguage;

/** The guide library and each source's page: readable without asking anything and without any AI. */
@Path("/guides")
public class GuidePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page page, List<StoredSource> guides, String query, List<LibraryHit> hits);

        static native TemplateInstance show(Page page, GuideView guide);
    }

    private static final int MAX_QUERY_CHARS = 200;
    private static final int MAX_HITS = 20;
    private static final int SNIPPET_CHARS = 160;

    private final KnowledgeIndex index;
    private final GuideRenderer renderer;
    private final PageLanguage languages;
    private final Localizer localizer;

    GuidePages(KnowledgeIndex index, GuideRenderer renderer, PageLanguage languages, Localizer localizer) {
        this.localizer = localizer;
        this.index = index;
        this.renderer = renderer;
        this.languages = languages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@QueryParam("q") String q, @Context UriInfo uri, @Context HttpHeaders headers) {
        Page page = languages.page(uri, headers);
        Collection<StoredSource> all = index.guides();
        List<StoredSource> inLanguage = all.stream()
                .filter(s -> s.document().language().equals(page.lang()))
                .toList();
        String query = q == null ? "" : q.strip();
        if (query.length() > MAX_QUERY_CHARS) {
            query = query.substring(0, MAX_QUERY_CHARS);
        }
        // keyword search only: the library never involves the embedding model or any AI. It searches the guides of
        // the words' language, as the assistant answers in the question's: "appeal deadline" typed on a Chinese page
        // finds the English guides
        String searchIn = query.isEmpty() ? page.lang() : Language.detect(query).code();
        List<LibraryHit> hits = query.isEmpty()
                ? List.of()
                : index.lexical(query, SearchFilter.language(searchIn).onlyKind(SourceKind.GUIDE), MAX_HITS).stream()
                        .map(LibraryHit::of)
                        .toList();
        return Templates.list(page, inLanguage, query, hits)
                .setLocale(page.language().locale());
    }

    /** One section found by the library's keyword search; {@code lang} is the guide's, which may not be the page's. */
    public record LibraryHit(String title, String section, String href, String snippet, String lang) {

        static LibraryHit of(Passage p) {
            return new LibraryHit(
                    p.chunk().title(),
                    p.chunk().section(),
                    GuideLinks.section(p.chunk().sourceId(), p.chunk().anchor()),
                    Snippets.of(p.chunk(), SNIPPET_CHARS),
                    p.chunk().language());
        }
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
        Page page = languages.page(uri, headers);
        StoredSource source = index.source(id).orElseThrow(NotFoundException::new);
        return Templates.show(page, renderer.view(source, localizer.messages(page.language())))
                .setLocale(page.language().locale());
    }
}
