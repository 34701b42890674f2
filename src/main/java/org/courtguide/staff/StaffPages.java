package org.courtguide.staff;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.FormParam;
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

import org.courtguide.triage.CaseStatus;
import org.courtguide.web.Page;
import org.courtguide.web.PageLanguage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The staff workspace pages. Mediators and admins work the case queue; admins also see the audit log, who holds
 * which role, and the wrong-answer reports. Every change is a form post answered with a redirect to the case page.
 */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
public class StaffPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(Page page, StaffViews.Viewer viewer, List<StaffViews.CaseRow> cases,
                List<StaffViews.Option> types, List<StaffViews.Option> urgencies, List<StaffViews.Option> waiting,
                boolean finished);

        static native TemplateInstance caseFile(Page page, StaffViews.Viewer viewer, StaffViews.CaseView item,
                String done, String error, int noteMax);

        static native TemplateInstance audit(Page page, StaffViews.Viewer viewer, List<StaffViews.AuditLine> events);

        static native TemplateInstance users(Page page, StaffViews.Viewer viewer, StaffDirectory.Listing directory);

        static native TemplateInstance feedback(Page page, StaffViews.Viewer viewer, List<StaffViews.ReportLine> reports,
                boolean done);
    }

    private final CaseService cases;
    private final FeedbackReview reviews;
    private final AuditLog audit;
    private final StaffDirectory directory;
    private final StaffConfig config;
    private final PageLanguage languages;
    private final SecurityIdentity identity;

    StaffPages(CaseService cases, FeedbackReview reviews, AuditLog audit, StaffDirectory directory, StaffConfig config,
            PageLanguage languages, SecurityIdentity identity) {
        this.cases = cases;
        this.reviews = reviews;
        this.audit = audit;
        this.directory = directory;
        this.config = config;
        this.languages = languages;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({ "mediator", "admin" })
    public Response home() {
        return Response.seeOther(URI.create("/staff/cases")).build();
    }

    @GET
    @Path("cases")
    @RolesAllowed({ "mediator", "admin" })
    public TemplateInstance queue(@QueryParam("type") String type, @QueryParam("urgency") String urgency,
            @QueryParam("waiting") Integer waiting, @QueryParam("finished") String finishedBox, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        // a ticked checkbox sends "on"; an unticked one sends nothing
        boolean finished = finishedBox != null && !finishedBox.isEmpty();
        Page page = languages.page(uri, headers);
        StaffViews views = views(page);
        Instant now = Instant.now();
        List<StaffViews.CaseRow> rows = cases.queue(QueueFilter.of(type, urgency, waiting, finished)).stream()
                .map(c -> views.row(c, now)).toList();
        return Templates.queue(page, viewer(), rows, StaffViews.values(cases.disputeTypes(), type),
                views.urgencies(urgency), views.waiting(waiting), finished).setLocale(page.language().locale());
    }

    @GET
    @Path("cases/{id}")
    @RolesAllowed({ "mediator", "admin" })
    public TemplateInstance caseFile(@PathParam("id") String id, @QueryParam("done") String done,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        return render(id, doneMessage(done, languages.page(uri, headers)), null, uri, headers);
    }

    @POST
    @Path("cases/{id}/assign")
    @RolesAllowed({ "mediator", "admin" })
    public Response assign(@PathParam("id") String id, @FormParam("version") long version, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return act(id, "assigned", uri, headers, () -> cases.assignToSelf(id, version, actor()));
    }

    @POST
    @Path("cases/{id}/status")
    @RolesAllowed({ "mediator", "admin" })
    public Response status(@PathParam("id") String id, @FormParam("version") long version,
            @FormParam("status") String status, @Context UriInfo uri, @Context HttpHeaders headers) {
        CaseStatus target = parseStatus(status);
        return act(id, "status", uri, headers, () -> cases.changeStatus(id, version, target, actor()));
    }

    @POST
    @Path("cases/{id}/notes")
    @RolesAllowed({ "mediator", "admin" })
    public Response note(@PathParam("id") String id, @FormParam("text") String text, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return act(id, "note", uri, headers, () -> cases.addNote(id, text, actor()));
    }

    @GET
    @Path("admin/audit")
    @RolesAllowed("admin")
    public TemplateInstance audit(@Context UriInfo uri, @Context HttpHeaders headers) {
        Page page = languages.page(uri, headers);
        StaffViews views = views(page);
        return Templates.audit(page, viewer(), audit.latest(config.auditSize()).stream().map(views::audit).toList())
                .setLocale(page.language().locale());
    }

    @GET
    @Path("admin/users")
    @RolesAllowed("admin")
    public TemplateInstance users(@Context UriInfo uri, @Context HttpHeaders headers) {
        Page page = languages.page(uri, headers);
        return Templates.users(page, viewer(), directory.list()).setLocale(page.language().locale());
    }

    @GET
    @Path("admin/feedback")
    @RolesAllowed("admin")
    public TemplateInstance feedback(@QueryParam("done") boolean done, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        Page page = languages.page(uri, headers);
        StaffViews views = views(page);
        return Templates.feedback(page, viewer(), reviews.openReports().stream().map(views::report).toList(), done)
                .setLocale(page.language().locale());
    }

    @POST
    @Path("admin/feedback/{id}/reviewed")
    @RolesAllowed("admin")
    public Response reviewed(@PathParam("id") long id) {
        reviews.markReviewed(id, actor());
        return Response.seeOther(URI.create("/staff/admin/feedback?done=true")).build();
    }

    /** Runs a change; success redirects to the case page, a refusal re-renders it with the reason. */
    private Response act(String id, String done, UriInfo uri, HttpHeaders headers, Runnable action) {
        try {
            action.run();
            return Response.seeOther(URI.create("/staff/cases/" + id + "?done=" + done)).build();
        } catch (StaffActionException e) {
            Page page = languages.page(uri, headers);
            String message = refusal(e, messages(page), config.noteMaxLength());
            return Response.status(e.httpStatus()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(render(id, null, message, uri, headers).render()).build();
        }
    }

    private TemplateInstance render(String id, String done, String error, UriInfo uri, HttpHeaders headers) {
        Page page = languages.page(uri, headers);
        StaffViews.CaseView view = views(page).caseView(cases.open(id, actor()), actor());
        return Templates.caseFile(page, viewer(), view, done, error, config.noteMaxLength())
                .setLocale(page.language().locale());
    }

    static String refusal(StaffActionException e, StaffMessages m, int noteMax) {
        StaffViews views = new StaffViews(m);
        return switch (e.reason()) {
            case CONFLICT -> m.conflict();
            case TRANSITION_NOT_ALLOWED -> m.transition_not_allowed(views.status(e.from()), views.status(e.to()));
            case NOTE_EMPTY -> m.note_empty();
            case NOTE_TOO_LONG -> m.note_too_long(noteMax);
        };
    }

    private String doneMessage(String done, Page page) {
        StaffMessages m = messages(page);
        return switch (done == null ? "" : done) {
            case "assigned" -> m.done_assigned();
            case "status" -> m.done_status();
            case "note" -> m.done_note();
            default -> null;
        };
    }

    static CaseStatus parseStatus(String status) {
        try {
            return CaseStatus.valueOf(status == null ? "" : status);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException();
        }
    }

    private StaffViews.Viewer viewer() {
        return new StaffViews.Viewer(actor(), identity.hasRole("admin"));
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    static StaffMessages messages(Page page) {
        return MessageBundles.get(StaffMessages.class, Localized.Literal.of(page.lang()));
    }

    private static StaffViews views(Page page) {
        return new StaffViews(messages(page));
    }
}
