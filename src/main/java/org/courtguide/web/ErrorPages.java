package org.courtguide.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.courtguide.Language;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error the user can see: a short message in their language, JSON under {@code /api}, a page elsewhere. No
 * stack trace, exception text or user input ever reaches the response or the log.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate(basePath = "ErrorPages")
    static class Templates {
        static native TemplateInstance error(Page page, String message);
    }

    private final Localizer localizer;
    private final PageLanguage languages;
    private final ProblemResponses problems;

    ErrorPages(Localizer localizer, PageLanguage languages, ProblemResponses problems) {
        this.localizer = localizer;
        this.languages = languages;
        this.problems = problems;
    }

    @ServerExceptionMapper
    public Response badRequest(BadRequestException e, UriInfo uri, HttpHeaders headers) {
        return respond(400, e.code(), e.getMessage(), uri, headers, e.language());
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        Language language = languages.resolve(uri, headers);
        return respond(
                400, "malformed_request", localizer.messages(language).error_malformed(), uri, headers, language);
    }

    @ServerExceptionMapper
    public Response wrongContentType(NotSupportedException e, UriInfo uri, HttpHeaders headers) {
        Language language = languages.resolve(uri, headers);
        return respond(
                400,
                "unsupported_content_type",
                localizer.messages(language).error_content_type(),
                uri,
                headers,
                language);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri, HttpHeaders headers) {
        Language language = languages.resolve(uri, headers);
        return respond(404, "not_found", localizer.messages(language).error_not_found(), uri, headers, language);
    }

    @ServerExceptionMapper
    public Response otherHttp(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        Language language = languages.resolve(uri, headers);
        if (status >= 500) {
            return unexpected(e, uri, headers);
        }
        if (status == 400) {
            // the framework's own 400s: unreadable bodies (malformed JSON, wrong types)
            return respond(
                    400, "malformed_request", localizer.messages(language).error_malformed(), uri, headers, language);
        }
        String message = status == 405 || e instanceof NotAllowedException
                ? localizer.messages(language).error_not_found()
                : localizer.messages(language).error_malformed();
        return respond(status, "bad_request", message, uri, headers, language);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        // the exception type only: messages can contain user input
        LOG.errorf("Unexpected %s on %s", e.getClass().getName(), uri.getPath());
        Language language = languages.resolve(uri, headers);
        return respond(500, "internal_error", localizer.messages(language).error_internal(), uri, headers, language);
    }

    private Response respond(
            int status, String code, String message, UriInfo uri, HttpHeaders headers, Language language) {
        return problems.respond(
                        status,
                        code,
                        message,
                        uri,
                        () -> Templates.error(languages.page(uri, headers).inLanguage(language), message)
                                .setLocale(language.locale()))
                .build();
    }
}
