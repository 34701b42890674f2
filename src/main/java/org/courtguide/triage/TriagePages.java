package org.courtguide.triage;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courtguide.Language;
import org.courtguide.privacy.PiiRedactor;
import org.courtguide.security.RateLimited;
import org.courtguide.security.StoreFailures;
import org.courtguide.triage.IntakeForm.Field;
import org.courtguide.triage.IntakeForm.StepView;
import org.courtguide.triage.IntakeSummary.Line;
import org.courtguide.triage.TriageResults.ResultView;
import org.courtguide.triage.TriageRouter.Routing;
import org.courtguide.web.Page;
import org.courtguide.web.PageLanguage;
import org.jboss.logging.Logger;

/**
 * The dispute intake as plain HTML forms: a few steps, then the suggested paths with the summary and the consent form,
 * then the reference and secret. Answers travel in hidden fields between steps; nothing is stored on the server until
 * the person ticks the consent box and sends. Works without JavaScript.
 */
@Path("/triage")
public class TriagePages {

    private static final Logger LOG = Logger.getLogger(TriagePages.class);
    static final String CONSENT = "consent";
    /** Hidden field naming an answer that was proposed from the description and not yet confirmed. */
    static final String SUGGESTED = "suggested";
    /** Hidden field: the words of the description the proposed amount was read from, until the person sends it. */
    static final String AMOUNT_READ = "amount_read";
    /** Seconds a browser or client is asked to wait before sending again while the case store is down. */
    static final int UNAVAILABLE_RETRY_SECONDS = 30;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance step(Page page, StepView form);

        static native TemplateInstance review(Page page, ReviewView review);

        static native TemplateInstance done(Page page, DoneView done);

        static native TemplateInstance withdraw(Page page, WithdrawView form);

        static native TemplateInstance withdrawn(Page page);
    }

    /**
     * The result page: the guidance, then one form holding the redaction choice, the summary exactly as it would be
     * sent, the consent box and Send, so that the choice on screen is the one sent.
     */
    public record ReviewView(
            String stepOf,
            ResultView result,
            List<SummaryVersion> versions,
            Field redactChoice,
            List<IntakeForm.Hidden> carried,
            String consentError,
            String unavailable) {

        public boolean hasErrors() {
            return consentError != null;
        }
    }

    /**
     * The summary as it would be sent with one redaction choice. Every version is on the page; the one not chosen is
     * hidden, and the stylesheet shows whichever radio is checked, so what is shown is what Send sends.
     */
    public record SummaryVersion(String redact, List<Line> lines, boolean chosen) {}

    public record WithdrawView(String reference, String error) {}

    /**
     * The confirmation: the reference and the secret, what happens next and by when, how to reach the centre, and the
     * summary exactly as it was sent.
     */
    public record DoneView(String reference, String secret, String next, boolean safety, List<Line> sent) {}

    private final PageLanguage languages;
    private final TriageText text;
    private final IntakeValidator validator;
    private final TriageResults results;
    private final TriageCaseService cases;
    private final AverageWages wages;
    private final PiiRedactor redactor;
    private final ObjectMapper json;
    private final TriageConfig config;
    /** Resolvable only when a model is configured: without one the intake offers no suggestions. */
    private final Instance<IntakeFieldProposer> proposers;

    private final ProposedAnswers proposals;

    TriagePages(
            PageLanguage languages,
            TriageText text,
            IntakeValidator validator,
            TriageResults results,
            TriageCaseService cases,
            AverageWages wages,
            PiiRedactor redactor,
            ObjectMapper json,
            TriageConfig config,
            Instance<IntakeFieldProposer> proposers,
            ProposedAnswers proposals) {
        this.languages = languages;
        this.text = text;
        this.validator = validator;
        this.results = results;
        this.cases = cases;
        this.wages = wages;
        this.redactor = redactor;
        this.json = json;
        this.config = config;
        this.proposers = proposers;
        this.proposals = proposals;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response start(@Context UriInfo uri, @Context HttpHeaders headers) {
        Page page = languages.page(uri, headers);
        return step(page, IntakeStep.DISPUTE, Intake.empty(), Map.of(), 200, List.of(), null);
    }

    /**
     * Next and Back of every step, and Suggest on the description's step. Next checks the step's answers; Back never
     * does, so nothing typed is lost. Proposed answers stay marked until the person moves on from their step.
     */
    @POST
    @RateLimited("triage")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response move(MultivaluedMap<String, String> form, @Context UriInfo uri, @Context HttpHeaders headers) {
        Page page = languages.page(uri, headers);
        TriageMessages m = text.messages(page.language());
        Intake intake = Intake.fromForm(form);
        IntakeStep current = IntakeStep.of(form.getFirst("step")).orElse(IntakeStep.DISPUTE);
        String go = form.getFirst("go");
        List<String> suggested = suggested(form, intake);
        if ("suggest".equals(go)) {
            return suggest(page, intake, suggested, m);
        }
        if ("back".equals(go)) {
            return step(page, current.previous().orElse(IntakeStep.DISPUTE), intake, Map.of(), 200, suggested, null);
        }
        Optional<Amounts.Found> read = carriedAmountRead(form, intake);
        Map<String, String> errors = validator.validate(current, intake, m);
        if (!errors.isEmpty()) {
            return step(page, current, intake, errors, 400, suggested, null, read);
        }
        // the person has seen and sent this step's answers: they are theirs now, no longer proposals
        suggested =
                suggested.stream().filter(f -> !current.fields().contains(f)).toList();
        IntakeStep next = current == IntakeStep.REVIEW
                ? IntakeStep.REVIEW
                : current.next().orElse(IntakeStep.REVIEW);
        if (next == IntakeStep.REVIEW) {
            // a crafted post could skip steps: the review only shows once every step is complete
            var invalid = validator.firstInvalid(intake, IntakeStep.NEEDS, m);
            if (invalid.isPresent()) {
                return step(
                        page,
                        invalid.get(),
                        intake,
                        validator.validate(invalid.get(), intake, m),
                        400,
                        suggested,
                        null);
            }
            return review(page, intake, null, null, 200);
        }
        if (current == IntakeStep.DISPUTE && intake.one(Intake.AMOUNT).isEmpty()) {
            // the description names one amount: propose it on the next step, said in words, for the person to check
            List<Amounts.Found> found = Amounts.findIn(intake.text(Intake.DESCRIPTION));
            if (found.size() == 1) {
                Amounts.Found amount = found.get(0);
                return step(
                        page,
                        next,
                        intake.with(Intake.AMOUNT, amount.amount().toPlainString()),
                        Map.of(),
                        200,
                        suggested,
                        null,
                        Optional.of(amount));
            }
        }
        return step(page, next, intake, Map.of(), 200, suggested, null);
    }

    /**
     * The amount read from the description, while the amount question still shows it unchanged: the note stays
     * until the person sends that step.
     */
    private static Optional<Amounts.Found> carriedAmountRead(MultivaluedMap<String, String> form, Intake intake) {
        String words = form.getFirst(AMOUNT_READ);
        if (words == null || words.length() > 40) {
            return Optional.empty();
        }
        Optional<BigDecimal> shown = Amounts.parse(intake.text(Intake.AMOUNT));
        return Amounts.findIn(words).stream()
                .filter(f -> shown.isPresent() && f.amount().compareTo(shown.get()) == 0)
                .findFirst();
    }

    /**
     * Proposes answers from the description and shows the first step again, the proposals filled into the questions
     * the person left empty and marked. Nothing is stored. Without a model nothing is called and the step comes back
     * as it was sent.
     */
    private Response suggest(Page page, Intake intake, List<String> suggested, TriageMessages m) {
        if (!proposers.isResolvable()) {
            return step(page, IntakeStep.DISPUTE, intake, Map.of(), 200, suggested, null);
        }
        String description = intake.text(Intake.DESCRIPTION);
        if (description.isEmpty()) {
            return step(page, IntakeStep.DISPUTE, intake, Map.of(), 200, suggested, m.suggest_need_description());
        }
        String tooLong = validator.validate(IntakeStep.DISPUTE, intake, m).get(Intake.DESCRIPTION);
        if (tooLong != null) {
            return step(page, IntakeStep.DISPUTE, intake, Map.of(Intake.DESCRIPTION, tooLong), 400, suggested, null);
        }
        ProposedAnswers.Merged merged = proposals.merge(intake, proposers.get().propose(description, page.language()));
        List<String> marked = new ArrayList<>(suggested);
        merged.filled().stream().filter(f -> !marked.contains(f)).forEach(marked::add);
        String note = merged.filled().isEmpty()
                ? m.suggest_none()
                : m.suggest_done(String.valueOf(merged.filled().size()));
        return step(page, IntakeStep.DISPUTE, merged.intake(), Map.of(), 200, marked, note);
    }

    /** The proposed answers still to be confirmed: known proposable questions that have an answer. */
    private static List<String> suggested(MultivaluedMap<String, String> form, Intake intake) {
        List<String> names = form.get(SUGGESTED);
        if (names == null) {
            return List.of();
        }
        return names.stream()
                .filter(ProposedAnswers.PROPOSABLE::contains)
                .filter(f -> !intake.all(f).isEmpty())
                .distinct()
                .toList();
    }

    /** The one place a case is created: only with the consent box ticked and every step complete. */
    @POST
    @RateLimited("triage")
    @Path("submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response submit(MultivaluedMap<String, String> form, @Context UriInfo uri, @Context HttpHeaders headers) {
        Page page = languages.page(uri, headers);
        Language language = page.language();
        TriageMessages m = text.messages(language);
        Intake intake = Intake.fromForm(form);
        var invalid = validator.firstInvalid(intake, IntakeStep.NEEDS, m);
        if (invalid.isPresent()) {
            return step(
                    page, invalid.get(), intake, validator.validate(invalid.get(), intake, m), 400, List.of(), null);
        }
        // a checkbox without a value attribute is sent as "on", and only when ticked
        if (!"on".equals(form.getFirst(CONSENT))) {
            return review(page, intake, m.err_consent(), null, 400);
        }
        intake = withRedactChoice(intake);
        Routing routing = results.route(intake);
        IntakeLabels labels = new IntakeLabels(m, wages, language);
        List<Line> summary = IntakeSummary.lines(intake, results.suggestedName(routing, m, language), labels, redactor);
        TriageCaseService.Submitted submitted;
        try {
            submitted = cases.submit(new TriageCaseService.NewCase(
                    language,
                    intake.text(Intake.TYPE),
                    intake.one(Intake.URGENCY).orElse("normal"),
                    routing.suggestedPathId(),
                    IntakeSummary.json(summary, language, intake.redacted(), json)));
        } catch (RuntimeException e) {
            if (!StoreFailures.isStoreDown(e)) {
                throw e;
            }
            // the case store is down: nothing was stored (one transaction), so the person keeps the filled-in
            // review page and can send again once the database answers
            LOG.warnf("triage case refused: case store unavailable (%s)", StoreFailures.kind(e));
            return review(page, intake, null, m.err_unavailable(), 503);
        }
        Page titled = page.titled(m.done_heading());
        DoneView done = new DoneView(
                submitted.reference(),
                submitted.secret(),
                whatHappensNext(intake, m),
                intake.has(Intake.URGENCY, "safety"),
                summary);
        return html(page, Templates.done(titled, done), 200);
    }

    /** Who makes the next move, how and by when, in the person's words for the way they chose to be contacted. */
    private String whatHappensNext(Intake intake, TriageMessages m) {
        String days = String.valueOf(config.replyWithinWorkingDays());
        return switch (intake.text(Intake.CONTACT)) {
            case "phone" -> m.done_next_phone(days, intake.text(Intake.CONTACT_DETAIL));
            case "email" -> m.done_next_email(days, intake.text(Intake.CONTACT_DETAIL));
            default -> m.done_next_none();
        };
    }

    @GET
    @Path("withdraw")
    @Produces(MediaType.TEXT_HTML)
    public Response withdrawForm(@Context UriInfo uri, @Context HttpHeaders headers) {
        Page page = languages.page(uri, headers);
        TriageMessages m = text.messages(page.language());
        return html(page, Templates.withdraw(page.titled(m.withdraw_heading()), new WithdrawView("", null)), 200);
    }

    @POST
    @RateLimited("triage")
    @Path("withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response withdraw(MultivaluedMap<String, String> form, @Context UriInfo uri, @Context HttpHeaders headers) {
        Page page = languages.page(uri, headers);
        TriageMessages m = text.messages(page.language());
        String reference = trimmed(form.getFirst("reference"));
        String secret = trimmed(form.getFirst("secret"));
        if (reference.isEmpty() || secret.isEmpty()) {
            return html(
                    page,
                    Templates.withdraw(
                            page.titled(m.title_error(m.withdraw_heading())),
                            new WithdrawView(reference, m.withdraw_missing())),
                    400);
        }
        if (!cases.withdraw(reference, secret)) {
            return html(
                    page,
                    Templates.withdraw(
                            page.titled(m.title_error(m.withdraw_heading())),
                            new WithdrawView(reference, m.withdraw_not_found())),
                    404);
        }
        return html(page, Templates.withdrawn(page.titled(m.withdrawn_heading())), 200);
    }

    private static String trimmed(String value) {
        return value == null
                ? ""
                : value.strip().substring(0, Math.min(value.strip().length(), 100));
    }

    private Response step(
            Page page,
            IntakeStep step,
            Intake intake,
            Map<String, String> errors,
            int status,
            List<String> suggested,
            String proposalNote) {
        return step(page, step, intake, errors, status, suggested, proposalNote, Optional.empty());
    }

    private Response step(
            Page page,
            IntakeStep step,
            Intake intake,
            Map<String, String> errors,
            int status,
            List<String> suggested,
            String proposalNote,
            Optional<Amounts.Found> amountRead) {
        TriageMessages m = text.messages(page.language());
        IntakeLabels labels = new IntakeLabels(m, wages, page.language());
        Optional<Amounts.Found> read = amountRead.filter(a -> step.fields().contains(Intake.AMOUNT));
        List<Field> fields = fields(step, intake, labels, errors).stream()
                .map(f -> suggested.contains(f.name()) ? f.markedSuggested() : f)
                .map(f -> f.name().equals(Intake.AMOUNT) && read.isPresent()
                        ? f.withNote(m.amount_read(
                                read.get().words(), Amounts.format(read.get().amount())))
                        : f)
                .toList();
        String title = labels.stepTitle(step);
        List<IntakeForm.Hidden> hidden = new ArrayList<>(IntakeForm.hidden(intake, step.fields()));
        suggested.forEach(f -> hidden.add(new IntakeForm.Hidden(SUGGESTED, f)));
        read.ifPresent(a -> hidden.add(new IntakeForm.Hidden(AMOUNT_READ, a.words())));
        StepView view = new StepView(
                step.code(),
                title,
                m.step_of(String.valueOf(step.number()), String.valueOf(IntakeStep.count())),
                fields,
                hidden,
                IntakeForm.errorLinks(fields),
                step.previous().isPresent(),
                step == IntakeStep.HISTORY,
                step == IntakeStep.DISPUTE && proposers.isResolvable(),
                proposalNote);
        String pageTitle = title + " · " + m.heading();
        // as the GOV.UK pattern does: a screen reader hears that something needs fixing before anything else
        return html(
                page,
                Templates.step(page.titled(errors.isEmpty() ? pageTitle : m.title_error(pageTitle)), view),
                status);
    }

    private List<Field> fields(IntakeStep step, Intake intake, IntakeLabels labels, Map<String, String> errors) {
        TriageMessages m = labels.messages();
        int max = config.maxDescriptionChars();
        return switch (step) {
            case DISPUTE ->
                List.of(
                        IntakeForm.field(Intake.TYPE, "radio", intake, labels, Intake.TYPES, null, false, errors, 0),
                        IntakeForm.field(
                                Intake.DESCRIPTION,
                                "textarea",
                                intake,
                                labels,
                                List.of(),
                                m.description_hint(),
                                true,
                                errors,
                                max));
            case PARTIES -> {
                List<String> provinces = new ArrayList<>(wages.provinces().stream()
                        .map(AverageWages.Province::code)
                        .toList());
                provinces.add(IntakeValidator.UNKNOWN_PROVINCE);
                List<Field> fields = new ArrayList<>();
                fields.add(IntakeForm.field(
                        Intake.OTHER_PARTY, "radio", intake, labels, Intake.OTHER_PARTIES, null, false, errors, 0));
                if (intake.has(Intake.TYPE, "labour")) {
                    // which paths a work dispute has depends on what it is about (unpaid wages have more)
                    fields.add(IntakeForm.field(
                            Intake.LABOUR_ISSUE, "radio", intake, labels, Intake.LABOUR_ISSUES, null, true, errors, 0));
                }
                fields.addAll(List.of(
                        IntakeForm.field(Intake.OTHER_NAME, "text", intake, labels, List.of(), null, true, errors, 100),
                        IntakeForm.field(
                                        Intake.AMOUNT,
                                        "text",
                                        intake,
                                        labels,
                                        List.of(),
                                        m.amount_hint(),
                                        true,
                                        errors,
                                        20)
                                .withInputMode("decimal"),
                        IntakeForm.field(Intake.PROVINCE, "select", intake, labels, provinces, null, false, errors, 0),
                        IntakeForm.monthYear(Intake.WHEN, intake, labels, m.when_hint(), errors)));
                yield fields;
            }
            case HISTORY ->
                List.of(
                        IntakeForm.field(
                                Intake.TRIED, "checkbox", intake, labels, Intake.TRIED_OPTIONS, null, true, errors, 0),
                        IntakeForm.field(
                                Intake.DEBT, "radio", intake, labels, Intake.DEBT_OPTIONS, null, true, errors, 0),
                        IntakeForm.field(
                                Intake.FACTS, "radio", intake, labels, Intake.FACTS_OPTIONS, null, false, errors, 0),
                        IntakeForm.field(
                                Intake.URGENCY, "radio", intake, labels, Intake.URGENCIES, null, false, errors, 0));
            case NEEDS ->
                List.of(
                        IntakeForm.field(
                                Intake.NEEDS, "checkbox", intake, labels, Intake.NEEDS_OPTIONS, null, true, errors, 0),
                        IntakeForm.field(
                                Intake.INTERPRETER_LANGUAGE,
                                "text",
                                intake,
                                labels,
                                List.of(),
                                null,
                                true,
                                errors,
                                100),
                        IntakeForm.field(
                                Intake.CONTACT, "radio", intake, labels, Intake.CONTACTS, null, false, errors, 0),
                        // not marked optional: the label says when it is needed
                        IntakeForm.field(
                                Intake.CONTACT_DETAIL, "text", intake, labels, List.of(), null, false, errors, 100),
                        IntakeForm.field(Intake.NAME, "text", intake, labels, List.of(), null, true, errors, 100));
            case REVIEW -> List.of();
        };
    }

    private Response review(Page page, Intake intake, String consentError, String unavailable, int status) {
        Language language = page.language();
        TriageMessages m = text.messages(language);
        IntakeLabels labels = new IntakeLabels(m, wages, language);
        Intake shown = withRedactChoice(intake);
        Routing routing = results.route(shown);
        ResultView result = results.view(routing, shown, language, m);
        String path = results.suggestedName(routing, m, language);
        List<SummaryVersion> versions = Intake.REDACT_OPTIONS.stream()
                .map(option -> new SummaryVersion(
                        option,
                        IntakeSummary.lines(shown.with(Intake.REDACT, option), path, labels, redactor),
                        shown.has(Intake.REDACT, option)))
                .toList();
        Field redact = IntakeForm.field(
                Intake.REDACT, "radio", shown, labels, Intake.REDACT_OPTIONS, null, false, Map.of(), 0);
        ReviewView view = new ReviewView(
                m.step_of(String.valueOf(IntakeStep.REVIEW.number()), String.valueOf(IntakeStep.count())),
                result,
                versions,
                redact,
                IntakeForm.hidden(shown, List.of(Intake.REDACT)),
                consentError,
                unavailable);
        String title = m.step_review() + " · " + m.heading();
        boolean error = consentError != null || unavailable != null;
        Response response =
                html(page, Templates.review(page.titled(error ? m.title_error(title) : title), view), status);
        if (status == 503) {
            response.getHeaders().putSingle("Retry-After", UNAVAILABLE_RETRY_SECONDS);
        }
        return response;
    }

    /** Hiding personal details is the default: an intake without a choice (or a crafted one) is redacted. */
    private static Intake withRedactChoice(Intake intake) {
        return intake.one(Intake.REDACT).isPresent() ? intake : intake.with(Intake.REDACT, "yes");
    }

    private static Response html(Page page, TemplateInstance view, int status) {
        // intake pages hold personal answers: never cached, never kept in the back-forward cache
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(view.setLocale(page.language().locale()).render())
                .build();
    }
}
