package org.courtguide.staff;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
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
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.courtguide.cases.CaseStatus;
import org.courtguide.triage.TriageText;
import org.courtguide.web.Page;
import org.courtguide.web.PageLanguage;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The staff workspace pages. Mediators and admins work the case queue; admins also see the audit log, who holds
 * which role, and the wrong-answer reports. Every change is a form post answered with a redirect to the case page.
 */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
public class StaffPages {

    /** How long the queue reminds a mediator of a case of hers that its person withdrew or a colleague took over. */
    private static final int WITHDRAWAL_NOTICE_DAYS = 14;

    /** The queue page: the filters as chosen, one page of rows and the links to the neighbouring pages. */
    record QueueView(
            List<StaffViews.CaseRow> rows,
            long total,
            int page,
            int pageCount,
            String previousHref,
            String nextHref,
            String search,
            List<StaffViews.Option> types,
            List<StaffViews.Option> urgencies,
            List<StaffViews.Option> waiting,
            List<StaffViews.Option> scopes,
            List<StaffViews.Option> sorts,
            boolean descending,
            boolean overdue,
            boolean finished,
            List<String> withdrawals,
            List<String> takeOvers,
            String notice) {}

    /** The audit page: filters as chosen, one page of events, the neighbouring pages and the CSV of the same filter. */
    record AuditView(
            List<StaffViews.AuditLine> events,
            long total,
            int page,
            int pageCount,
            String previousHref,
            String nextHref,
            String csvHref,
            String actor,
            String subject,
            String from,
            String to) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(Page page, StaffViews.Viewer viewer, QueueView queue);

        static native TemplateInstance caseFile(
                Page page,
                StaffViews.Viewer viewer,
                StaffViews.CaseView item,
                String done,
                String error,
                int noteMax,
                List<StaffViews.Option> channels,
                List<StaffViews.Option> outcomes);

        static native TemplateInstance withdrawn(Page page, StaffViews.Viewer viewer, String reference, String when);

        static native TemplateInstance audit(Page page, StaffViews.Viewer viewer, AuditView audit);

        static native TemplateInstance users(Page page, StaffViews.Viewer viewer, StaffDirectory.Listing directory);

        static native TemplateInstance feedback(
                Page page, StaffViews.Viewer viewer, List<StaffViews.ReportLine> reports, boolean done);
    }

    private final CaseService cases;
    private final FeedbackReview reviews;
    private final AuditLog audit;
    private final StaffDirectory directory;
    private final StaffConfig config;
    private final PageLanguage languages;
    private final SecurityIdentity identity;
    private final TriageText triage;
    private final StaffInput input;

    StaffPages(
            CaseService cases,
            FeedbackReview reviews,
            AuditLog audit,
            StaffDirectory directory,
            StaffConfig config,
            PageLanguage languages,
            SecurityIdentity identity,
            TriageText triage,
            StaffInput input) {
        this.cases = cases;
        this.reviews = reviews;
        this.audit = audit;
        this.directory = directory;
        this.config = config;
        this.languages = languages;
        this.identity = identity;
        this.triage = triage;
        this.input = input;
    }

    @GET
    @RolesAllowed({"mediator", "admin"})
    public Response home() {
        return Response.seeOther(URI.create("/staff/cases")).build();
    }

    @GET
    @Path("cases")
    @RolesAllowed({"mediator", "admin"})
    public TemplateInstance queue(
            @QueryParam("type") String type,
            @QueryParam("urgency") String urgency,
            @QueryParam("waiting") String waiting,
            @QueryParam("finished") String finishedBox,
            @QueryParam("q") String search,
            @QueryParam("scope") String scope,
            @QueryParam("overdue") String overdueBox,
            @QueryParam("sort") String sort,
            @QueryParam("desc") String descBox,
            @QueryParam("page") String pageNumber,
            @QueryParam("done") String done,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        Page page = languages.page(uri, headers);
        // a ticked checkbox sends "on"; an unticked one sends nothing
        boolean finished = ticked(finishedBox);
        Integer waitingDays = input.waitingDays(waiting, page.language());
        QueueFilter filter = QueueFilter.of(type, urgency, waitingDays, finished)
                .searching(search)
                .scoped(input.scope(scope, page.language()), ticked(overdueBox))
                .sorted(input.sort(sort, page.language()), ticked(descBox))
                .onPage(input.page(pageNumber, page.language()));
        StaffViews views = views(page);
        Instant now = Instant.now();
        QueuePage result = cases.queue(filter, actor());
        List<String> withdrawals = cases.withdrawnFrom(actor(), WITHDRAWAL_NOTICE_DAYS).stream()
                .map(w -> StaffText.messages(page).withdrawn_notice(w.reference, views.time(w.withdrawnAt)))
                .toList();
        List<String> takeOvers = cases.takenOverFrom(actor(), WITHDRAWAL_NOTICE_DAYS).stream()
                .map(t -> StaffText.messages(page).taken_over_notice(t.reference(), t.by(), views.time(t.at())))
                .toList();
        QueueView view = new QueueView(
                result.items().stream().map(c -> views.row(c, now)).toList(),
                result.total(),
                result.page(),
                result.pageCount(),
                result.hasPrevious() ? pageHref(uri, result.page() - 1) : null,
                result.hasNext() ? pageHref(uri, result.page() + 1) : null,
                filter.search().orElse(""),
                views.disputeTypes(cases.disputeTypes(), type),
                views.urgencies(urgency),
                views.waiting(waitingDays),
                views.scopes(filter.scope()),
                views.sorts(filter.sort()),
                filter.descending(),
                filter.overdueOnly(),
                finished,
                withdrawals,
                takeOvers,
                "none".equals(done) ? StaffText.messages(page).next_none() : null);
        return Templates.queue(page, viewer(), view).setLocale(page.language().locale());
    }

    @GET
    @Path("cases/next")
    @RolesAllowed({"mediator", "admin"})
    public Response next(@QueryParam("from") String from) {
        Optional<String> next = cases.next(actor(), from);
        return Response.seeOther(URI.create(next.map(id -> "/staff/cases/" + id).orElse("/staff/cases?done=none")))
                .build();
    }

    @GET
    @Path("cases/{id}")
    @RolesAllowed({"mediator", "admin"})
    public TemplateInstance caseFile(
            @PathParam("id") String id,
            @QueryParam("done") String done,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return render(id, doneMessage(done, languages.page(uri, headers)), null, uri, headers);
    }

    @POST
    @Path("cases/{id}/assign")
    @RolesAllowed({"mediator", "admin"})
    public Response assign(
            @PathParam("id") String id,
            @FormParam("version") long version,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return act(id, "assigned", uri, headers, () -> cases.assignToSelf(id, version, actor()));
    }

    @POST
    @Path("cases/{id}/unassign")
    @RolesAllowed({"mediator", "admin"})
    public Response unassign(
            @PathParam("id") String id,
            @FormParam("version") long version,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return act(id, "unassigned", uri, headers, () -> cases.unassign(id, version, actor()));
    }

    @POST
    @Path("cases/{id}/status")
    @RolesAllowed({"mediator", "admin"})
    public Response status(
            @PathParam("id") String id,
            @FormParam("version") long version,
            @FormParam("status") String status,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        CaseStatus target = input.status(status, languages.page(uri, headers).language());
        return act(id, "status", uri, headers, () -> cases.changeStatus(id, version, target, actor()));
    }

    @POST
    @Path("cases/{id}/notes")
    @RolesAllowed({"mediator", "admin"})
    public Response note(
            @PathParam("id") String id,
            @FormParam("text") String text,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return act(id, "note", uri, headers, () -> cases.addNote(id, text, actor()));
    }

    @POST
    @Path("cases/{id}/contacts")
    @RolesAllowed({"mediator", "admin"})
    public Response contact(
            @PathParam("id") String id,
            @FormParam("channel") String channel,
            @FormParam("outcome") String outcome,
            @FormParam("next_action") String nextAction,
            @FormParam("follow_up") String followUp,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return act(
                id,
                "contact",
                uri,
                headers,
                () -> cases.logContact(
                        id, new CaseService.NewContact(channel, outcome, nextAction, followUp), actor()));
    }

    @GET
    @Path("admin/audit")
    @RolesAllowed("admin")
    public TemplateInstance audit(
            @QueryParam("actor") String actor,
            @QueryParam("case") String subject,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") String pageNumber,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        Page page = languages.page(uri, headers);
        StaffViews views = views(page);
        AuditLog.Query query = input.auditQuery(actor, subject, from, to, pageNumber, page.language());
        AuditLog.Page result = audit.search(query, config.auditSize());
        String csv = "/staff/admin/audit.csv"
                + (uri.getRequestUri().getRawQuery() == null
                        ? ""
                        : "?" + uri.getRequestUri().getRawQuery());
        AuditView view = new AuditView(
                result.entries().stream().map(views::audit).toList(),
                result.total(),
                result.page(),
                result.pageCount(),
                result.hasPrevious() ? pageHref(uri, result.page() - 1) : null,
                result.hasNext() ? pageHref(uri, result.page() + 1) : null,
                csv,
                blank(actor),
                blank(subject),
                blank(from),
                blank(to));
        return Templates.audit(page, viewer(), view).setLocale(page.language().locale());
    }

    /** The filtered trail as CSV for an auditor's spreadsheet, up to {@link AuditCsv#MAX_ROWS} events. */
    @GET
    @Path("admin/audit.csv")
    @Produces("text/csv")
    @RolesAllowed("admin")
    public Response auditCsv(
            @QueryParam("actor") String actor,
            @QueryParam("case") String subject,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        Page page = languages.page(uri, headers);
        AuditLog.Query query = input.auditQuery(actor, subject, from, to, "1", page.language());
        String csv = AuditCsv.write(audit.search(query, AuditCsv.MAX_ROWS).entries(), views(page));
        return Response.ok(csv.getBytes(StandardCharsets.UTF_8))
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit.csv\"")
                .build();
    }

    @GET
    @Path("admin/users")
    @RolesAllowed("admin")
    public TemplateInstance users(@Context UriInfo uri, @Context HttpHeaders headers) {
        Page page = languages.page(uri, headers);
        return Templates.users(page, viewer(), directory.list())
                .setLocale(page.language().locale());
    }

    @GET
    @Path("admin/feedback")
    @RolesAllowed("admin")
    public TemplateInstance feedback(
            @QueryParam("done") boolean done, @Context UriInfo uri, @Context HttpHeaders headers) {
        Page page = languages.page(uri, headers);
        StaffViews views = views(page);
        return Templates.feedback(
                        page,
                        viewer(),
                        reviews.openReports().stream().map(views::report).toList(),
                        done)
                .setLocale(page.language().locale());
    }

    @POST
    @Path("admin/feedback/{id}/reviewed")
    @RolesAllowed("admin")
    public Response reviewed(@PathParam("id") long id) {
        reviews.markReviewed(id, actor());
        return Response.seeOther(URI.create("/staff/admin/feedback?done=true")).build();
    }

    /**
     * A case the person withdrew: a staff page that says so (reference and time, nothing else is left) instead of
     * the public "page not found", also when she acts on a page she opened before.
     */
    @ServerExceptionMapper
    public Response refused(StaffActionException e, UriInfo uri, HttpHeaders headers) {
        Page page = languages.page(uri, headers);
        if (e.reason() != StaffActionException.Reason.WITHDRAWN) {
            return Response.status(e.httpStatus())
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(StaffText.refusal(e, StaffText.messages(page), config.noteMaxLength()))
                    .build();
        }
        String html = Templates.withdrawn(
                        page, viewer(), e.withdrawnReference(), views(page).time(e.withdrawnAt()))
                .setLocale(page.language().locale())
                .render();
        return Response.status(410)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(html)
                .build();
    }

    /** Runs a change; success redirects to the case page, a refusal re-renders it with the reason. */
    private Response act(String id, String done, UriInfo uri, HttpHeaders headers, Runnable action) {
        try {
            action.run();
            return Response.seeOther(URI.create("/staff/cases/" + id + "?done=" + done))
                    .build();
        } catch (StaffActionException e) {
            if (e.reason() == StaffActionException.Reason.WITHDRAWN) {
                throw e;
            }
            Page page = languages.page(uri, headers);
            String message = StaffText.refusal(e, StaffText.messages(page), config.noteMaxLength());
            return Response.status(e.httpStatus())
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(render(id, null, message, uri, headers).render())
                    .build();
        }
    }

    private TemplateInstance render(String id, String done, String error, UriInfo uri, HttpHeaders headers) {
        Page page = languages.page(uri, headers);
        StaffViews views = views(page);
        StaffViews.CaseView view = views.caseView(cases.open(id, actor()), actor());
        return Templates.caseFile(
                        page, viewer(), view, done, error, config.noteMaxLength(), views.channels(), views.outcomes())
                .setLocale(page.language().locale());
    }

    private String doneMessage(String done, Page page) {
        StaffMessages m = StaffText.messages(page);
        return switch (done == null ? "" : done) {
            case "assigned" -> m.done_assigned();
            case "unassigned" -> m.done_unassigned();
            case "status" -> m.done_status();
            case "note" -> m.done_note();
            case "contact" -> m.done_contact();
            default -> null;
        };
    }

    /** The same address with another page number. */
    private static String pageHref(UriInfo uri, int page) {
        return uri.getRequestUriBuilder()
                .replaceQueryParam("page", page)
                .build()
                .toString()
                .replaceFirst("^[a-z]+://[^/]+", "");
    }

    private static boolean ticked(String box) {
        return box != null && !box.isEmpty();
    }

    private static String blank(String value) {
        return value == null ? "" : value.strip();
    }

    private StaffViews.Viewer viewer() {
        return new StaffViews.Viewer(
                actor(), identity.hasRole("admin"), config.timeZone().getId());
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    private StaffViews views(Page page) {
        return new StaffViews(StaffText.messages(page), page.language(), config.timeZone(), triage);
    }
}
