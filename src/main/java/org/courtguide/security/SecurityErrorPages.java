package org.courtguide.security;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.arc.ArcUndeclaredThrowableException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.sql.SQLException;
import org.apache.lucene.store.AlreadyClosedException;
import org.courtguide.Language;
import org.courtguide.knowledge.KnowledgeLoadingException;
import org.courtguide.web.Localizer;
import org.courtguide.web.Page;
import org.courtguide.web.PageLanguage;
import org.courtguide.web.ProblemResponses;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The refusals and outages a person can meet: too many requests (429), a form without a valid CSRF token (400), a
 * store that is down and a knowledge base still loading for the first time (503, the database or the knowledge
 * index). Each is a short message in the person's language with
 * the ways to reach a person; JSON under {@code /api}. Nothing from the exception or the request reaches the response.
 */
public class SecurityErrorPages {

    private static final Logger LOG = Logger.getLogger(SecurityErrorPages.class);
    /** Seconds a client is asked to wait before retrying after an outage. */
    static final int UNAVAILABLE_RETRY_SECONDS = 30;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance problem(Page page, String heading, String message, String contacts);
    }

    private final PageLanguage languages;
    private final Localizer localizer;
    private final ProblemResponses problems;

    SecurityErrorPages(PageLanguage languages, Localizer localizer, ProblemResponses problems) {
        this.languages = languages;
        this.localizer = localizer;
        this.problems = problems;
    }

    @ServerExceptionMapper
    public Response tooMany(TooManyRequestsException e, UriInfo uri, HttpHeaders headers) {
        SecurityMessages m = messages(uri, headers);
        return respond(
                        429,
                        "too_many_requests",
                        m.too_many_heading(),
                        m.too_many_text(e.retryAfterSeconds()),
                        null,
                        uri,
                        headers)
                .header("Retry-After", e.retryAfterSeconds())
                .build();
    }

    /**
     * JSON of the wrong shape (a list where a text belongs): the JSON extension's own, more specific mapper would answer
     * with its own body; people and programs get the usual localised {@code {code, message}} instead.
     */
    @ServerExceptionMapper
    public Response wrongShape(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        Language language = languages.resolve(uri, headers);
        String message = localizer.messages(language).error_malformed();
        return respond(400, "malformed_request", message, message, null, uri, headers)
                .build();
    }

    @ServerExceptionMapper
    public Response databaseDown(PersistenceException e, UriInfo uri, HttpHeaders headers) {
        return unavailable(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response databaseDown(SQLException e, UriInfo uri, HttpHeaders headers) {
        return unavailable(e, uri, headers);
    }

    /**
     * A checked failure thrown through an interceptor, such as a rollback that fails on a dead connection: a store
     * outage when its causes say so, otherwise the usual polite 500.
     */
    @ServerExceptionMapper
    public Response wrapped(ArcUndeclaredThrowableException e, UriInfo uri, HttpHeaders headers) {
        if (StoreFailures.isStoreDown(e)) {
            return unavailable(e, uri, headers);
        }
        LOG.errorf("Unexpected %s on %s", StoreFailures.kind(e), uri.getPath());
        String message = localizer.messages(languages.resolve(uri, headers)).error_internal();
        return respond(500, "internal_error", message, message, null, uri, headers)
                .build();
    }

    @ServerExceptionMapper
    public Response stillLoading(KnowledgeLoadingException e, UriInfo uri, HttpHeaders headers) {
        // the question's language for the API; a page keeps the page's
        Language language = uri.getPath().startsWith("/api/") && e.language() != null
                ? e.language()
                : languages.resolve(uri, headers);
        SecurityMessages m = MessageBundles.get(SecurityMessages.class, Localized.Literal.of(language.code()));
        return respond(
                        503,
                        "knowledge_loading",
                        m.loading_heading(),
                        m.loading_text(),
                        m.unavailable_contacts(),
                        uri,
                        headers)
                .header("Retry-After", KnowledgeLoadingException.RETRY_SECONDS)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @ServerExceptionMapper
    public Response indexDown(UncheckedIOException e, UriInfo uri, HttpHeaders headers) {
        return unavailable(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response indexClosed(AlreadyClosedException e, UriInfo uri, HttpHeaders headers) {
        return unavailable(e, uri, headers);
    }

    /**
     * The CSRF filter refuses a form without a valid token with an empty 400 before any resource runs; give the person
     * a message they can act on instead of a blank page.
     */
    @ServerResponseFilter
    public void explainRefusedForm(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 400 || response.hasEntity() || isSafe(request.getMethod())) {
            return;
        }
        UriInfo uri = request.getUriInfo();
        HttpHeaders headers = new RequestHeaders(request);
        SecurityMessages m = messages(uri, headers);
        Response page = respond(
                        400, "form_expired", m.form_expired_heading(), m.form_expired_text(), null, uri, headers)
                .build();
        response.setEntity(page.getEntity(), new Annotation[0], page.getMediaType());
    }

    private Response unavailable(Exception e, UriInfo uri, HttpHeaders headers) {
        // the type and SQL state only: messages can contain user input
        LOG.warnf("Store unavailable (%s) on %s", StoreFailures.kind(e), uri.getPath());
        SecurityMessages m = messages(uri, headers);
        return respond(
                        503,
                        "temporarily_unavailable",
                        m.unavailable_heading(),
                        m.unavailable_text(),
                        m.unavailable_contacts(),
                        uri,
                        headers)
                .header("Retry-After", UNAVAILABLE_RETRY_SECONDS)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private Response.ResponseBuilder respond(
            int status,
            String code,
            String heading,
            String message,
            String contacts,
            UriInfo uri,
            HttpHeaders headers) {
        String text = contacts == null ? message : message + " " + contacts;
        return problems.respond(status, code, text, uri, () -> {
            Page page = languages.page(uri, headers);
            return Templates.problem(page, heading, message, contacts)
                    .setLocale(page.language().locale());
        });
    }

    private SecurityMessages messages(UriInfo uri, HttpHeaders headers) {
        Language language = languages.resolve(uri, headers);
        return MessageBundles.get(SecurityMessages.class, Localized.Literal.of(language.code()));
    }

    private static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }
}
