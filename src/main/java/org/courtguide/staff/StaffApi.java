package org.courtguide.staff;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.courtguide.Language;
import org.courtguide.web.PageLanguage;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The staff workspace as JSON, for tools that hold a bearer token from the realm. Same roles, same audit trail as
 * the pages.
 */
@Path("/api/staff")
@Produces(MediaType.APPLICATION_JSON)
public class StaffApi {

    /** A change of one case; {@code version} is the version the caller last read (required). */
    public record StatusChange(String status, Long version) {}

    public record Assignment(Long version) {}

    public record NewNote(String text) {}

    /**
     * A refusal: a stable code and a message in the caller's language; on a conflict the case's current version, on a
     * withdrawn case its reference and when the person withdrew it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Refusal(String code, String message, Long currentVersion, String reference, Instant withdrawnAt) {}

    private final CaseService cases;
    private final FeedbackReview reviews;
    private final AuditLog audit;
    private final StaffConfig config;
    private final SecurityIdentity identity;
    private final PageLanguage languages;
    private final StaffInput input;

    StaffApi(
            CaseService cases,
            FeedbackReview reviews,
            AuditLog audit,
            StaffConfig config,
            SecurityIdentity identity,
            PageLanguage languages,
            StaffInput input) {
        this.languages = languages;
        this.cases = cases;
        this.reviews = reviews;
        this.audit = audit;
        this.config = config;
        this.identity = identity;
        this.input = input;
    }

    /** One page of the queue with the total; same filters as the queue page. */
    @GET
    @Path("cases")
    @RolesAllowed({"mediator", "admin"})
    public QueuePage queue(
            @QueryParam("type") String type,
            @QueryParam("urgency") String urgency,
            @QueryParam("waiting") String waiting,
            @QueryParam("finished") boolean finished,
            @QueryParam("q") String search,
            @QueryParam("scope") String scope,
            @QueryParam("overdue") boolean overdue,
            @QueryParam("sort") String sort,
            @QueryParam("desc") boolean desc,
            @QueryParam("page") String page,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        Language language = languages.resolve(uri, headers);
        QueueFilter filter = QueueFilter.of(type, urgency, input.waitingDays(waiting, language), finished)
                .searching(search)
                .scoped(input.scope(scope, language), overdue)
                .sorted(input.sort(sort, language), desc)
                .onPage(input.page(page, language));
        return cases.queue(filter, actor());
    }

    @GET
    @Path("cases/{id}")
    @RolesAllowed({"mediator", "admin"})
    public CaseFile caseFile(@PathParam("id") String id) {
        return cases.open(id, actor());
    }

    @POST
    @Path("cases/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"mediator", "admin"})
    public CaseItem assign(
            @PathParam("id") String id, Assignment body, @Context UriInfo uri, @Context HttpHeaders headers) {
        long version = input.version(body == null ? null : body.version(), languages.resolve(uri, headers));
        return cases.assignToSelf(id, version, actor());
    }

    @POST
    @Path("cases/{id}/unassign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"mediator", "admin"})
    public CaseItem unassign(
            @PathParam("id") String id, Assignment body, @Context UriInfo uri, @Context HttpHeaders headers) {
        long version = input.version(body == null ? null : body.version(), languages.resolve(uri, headers));
        return cases.unassign(id, version, actor());
    }

    @POST
    @Path("cases/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"mediator", "admin"})
    public CaseItem status(
            @PathParam("id") String id, StatusChange body, @Context UriInfo uri, @Context HttpHeaders headers) {
        Language language = languages.resolve(uri, headers);
        long version = input.version(body == null ? null : body.version(), language);
        return cases.changeStatus(id, version, input.status(body.status(), language), actor());
    }

    @POST
    @Path("cases/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"mediator", "admin"})
    public Response note(@PathParam("id") String id, NewNote body) {
        CaseFile.Note note = cases.addNote(id, body == null ? null : body.text(), actor());
        return Response.status(201).entity(note).build();
    }

    /** Logs an attempt to reach the person: channel, outcome, next action and follow-up date (yyyy-MM-dd). */
    @POST
    @Path("cases/{id}/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"mediator", "admin"})
    public Response contact(@PathParam("id") String id, CaseService.NewContact body) {
        CaseFile.Contact contact =
                cases.logContact(id, body == null ? new CaseService.NewContact(null, null, null, null) : body, actor());
        return Response.status(201).entity(contact).build();
    }

    /** The audit trail, newest first, filtered by user, case and days (yyyy-MM-dd, centre time), page by page. */
    @GET
    @Path("audit")
    @RolesAllowed("admin")
    public AuditLog.Page audit(
            @QueryParam("actor") String actor,
            @QueryParam("case") String subject,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") String page,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return audit.search(
                input.auditQuery(actor, subject, from, to, page, languages.resolve(uri, headers)), config.auditSize());
    }

    @GET
    @Path("feedback")
    @RolesAllowed("admin")
    public java.util.List<FeedbackReview.Report> openReports() {
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
        StaffMessages messages = StaffText.messages(languages.page(uri, headers));
        return Response.status(e.httpStatus())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Refusal(
                        e.reason().name().toLowerCase(),
                        StaffText.refusal(e, messages, config.noteMaxLength()),
                        e.currentVersion(),
                        e.withdrawnReference(),
                        e.withdrawnAt()))
                .build();
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
