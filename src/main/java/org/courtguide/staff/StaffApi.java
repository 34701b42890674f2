package org.courtguide.staff;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.courtguide.web.ApiError;
import org.courtguide.web.PageLanguage;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The staff workspace as JSON, for tools that hold a bearer token from the realm. Same roles, same audit trail as
 * the pages.
 */
@Path("/api/staff")
@Produces(MediaType.APPLICATION_JSON)
public class StaffApi {

    /** A change of one case; {@code version} is the version the caller last read. */
    public record StatusChange(String status, long version) {
    }

    public record Assignment(long version) {
    }

    public record NewNote(String text) {
    }

    private final CaseService cases;
    private final FeedbackReview reviews;
    private final AuditLog audit;
    private final StaffConfig config;
    private final SecurityIdentity identity;
    private final PageLanguage languages;

    StaffApi(CaseService cases, FeedbackReview reviews, AuditLog audit, StaffConfig config, SecurityIdentity identity,
            PageLanguage languages) {
        this.languages = languages;
        this.cases = cases;
        this.reviews = reviews;
        this.audit = audit;
        this.config = config;
        this.identity = identity;
    }

    @GET
    @Path("cases")
    @RolesAllowed({ "mediator", "admin" })
    public List<CaseItem> queue(@QueryParam("type") String type, @QueryParam("urgency") String urgency,
            @QueryParam("waiting") Integer waiting, @QueryParam("finished") boolean finished) {
        return cases.queue(QueueFilter.of(type, urgency, waiting, finished));
    }

    @GET
    @Path("cases/{id}")
    @RolesAllowed({ "mediator", "admin" })
    public CaseFile caseFile(@PathParam("id") String id) {
        return cases.open(id, actor());
    }

    @POST
    @Path("cases/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "mediator", "admin" })
    public CaseItem assign(@PathParam("id") String id, Assignment body) {
        return cases.assignToSelf(id, body == null ? -1 : body.version(), actor());
    }

    @POST
    @Path("cases/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "mediator", "admin" })
    public CaseItem status(@PathParam("id") String id, StatusChange body) {
        if (body == null) {
            throw new jakarta.ws.rs.BadRequestException();
        }
        return cases.changeStatus(id, body.version(), StaffPages.parseStatus(body.status()), actor());
    }

    @POST
    @Path("cases/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "mediator", "admin" })
    public Response note(@PathParam("id") String id, NewNote body) {
        CaseFile.Note note = cases.addNote(id, body == null ? null : body.text(), actor());
        return Response.status(201).entity(note).build();
    }

    @GET
    @Path("audit")
    @RolesAllowed("admin")
    public List<AuditLog.Entry> audit() {
        return audit.latest(config.auditSize());
    }

    @GET
    @Path("feedback")
    @RolesAllowed("admin")
    public List<FeedbackReview.Report> openReports() {
        return reviews.openReports();
    }

    @POST
    @Path("feedback/{id}/reviewed")
    @RolesAllowed("admin")
    public Response reviewed(@PathParam("id") long id) {
        reviews.markReviewed(id, actor());
        return Response.noContent().build();
    }

    /** The refusals as JSON with a stable code, e.g. {@code conflict} when someone else changed the case first. */
    @ServerExceptionMapper
    public Response refused(StaffActionException e, UriInfo uri, HttpHeaders headers) {
        StaffMessages messages = StaffPages.messages(languages.page(uri, headers));
        return Response.status(e.httpStatus()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(e.reason().name().toLowerCase(),
                        StaffPages.refusal(e, messages, config.noteMaxLength())))
                .build();
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
