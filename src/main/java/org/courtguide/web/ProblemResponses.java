package org.courtguide.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Supplier;

/**
 * The one place that decides how a refusal or an outage reaches the person: {@code {code, message}} JSON under
 * {@code /api}, the given page elsewhere. Every error mapper answers through it, so the two forms cannot drift apart.
 */
@ApplicationScoped
public class ProblemResponses {

    /**
     * @param apiMessage the sentence the JSON carries
     * @param page the page a browser gets, rendered only when one is wanted
     */
    public Response.ResponseBuilder respond(
            int status, String code, String apiMessage, UriInfo uri, Supplier<TemplateInstance> page) {
        if (uri.getPath().startsWith("/api/")) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(code, apiMessage));
        }
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page.get().render());
    }
}
