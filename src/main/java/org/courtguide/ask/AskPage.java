package org.courtguide.ask;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.courtguide.Language;
import org.courtguide.conversation.ConversationCookies;
import org.courtguide.conversation.ConversationKey;
import org.courtguide.laws.LawLibrary;
import org.courtguide.security.RateLimited;
import org.courtguide.web.BadRequestException;
import org.courtguide.web.Localizer;
import org.courtguide.web.Messages;
import org.courtguide.web.Page;
import org.courtguide.web.PageLanguage;

/**
 * The question page. Works as a plain HTML form (POST, server-rendered answer); with JavaScript the same endpoint
 * returns only the answer fragment so the page does not reload.
 */
@Path("/")
public class AskPage {

    /** Sent by the page's script to receive the answer fragment instead of the whole page. */
    public static final String FRAGMENT_HEADER = "X-Court-Guide-Fragment";

    static final String NOTICE_COOKIE = "cg_notice";
    /** Values of {@code /conversation?feedback=}: what the thanks under an answer says after feedback without script. */
    public static final String FEEDBACK_SENT = "sent";

    public static final String FEEDBACK_REPORTED = "reported";

    private final AskService service;
    private final QuestionValidator validator;
    private final PageLanguage languages;
    private final Localizer localizer;
    private final ConversationCookies cookies;
    private final LawLibrary laws;

    AskPage(
            AskService service,
            QuestionValidator validator,
            PageLanguage languages,
            Localizer localizer,
            ConversationCookies cookies,
            LawLibrary laws) {
        this.laws = laws;
        this.cookies = cookies;
        this.service = service;
        this.validator = validator;
        this.languages = languages;
        this.localizer = localizer;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response start(
            @QueryParam(StartChoice.PARAM) String choice, @Context UriInfo uri, @Context HttpHeaders headers) {
        StartChoice chosen = StartChoice.of(choice, headers);
        if (chosen == StartChoice.LIBRARY) {
            // the person chose the guides without AI: remembered for the session, reversible from every page
            return Response.seeOther(URI.create("/guides"))
                    .cookie(StartChoice.LIBRARY.cookie())
                    .build();
        }
        Response page = start(uri, headers);
        return choice == null
                ? page
                : Response.fromResponse(page).cookie(chosen.cookie()).build();
    }

    /**
     * Every answer of the person's conversation, the latest last (where the form lands after asking). After feedback
     * sent without a script, {@code feedback} ({@link #FEEDBACK_SENT} or {@link #FEEDBACK_REPORTED}) and {@code answer}
     * (its key) put the thanks where the buttons of that answer were.
     */
    @GET
    @Path("conversation")
    @Produces(MediaType.TEXT_HTML)
    public Response conversation(
            @QueryParam("feedback") String feedback,
            @QueryParam("answer") String answerKey,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        List<AskService.RecordedAnswer> transcript = Optional.ofNullable(
                        headers.getCookies().get(ConversationKey.COOKIE))
                .flatMap(c -> ConversationKey.parse(c.getValue()))
                .map(service::transcript)
                .orElse(List.of());
        if (transcript.isEmpty()) {
            return Response.seeOther(URI.create("/")).build();
        }
        Page page = page(uri, headers);
        Messages m = localizer.messages(page.language());
        String note = FEEDBACK_SENT.equals(feedback)
                ? m.feedback_thanks_text()
                : FEEDBACK_REPORTED.equals(feedback) ? m.feedback_thanks_reported() : null;
        List<AnswerView> answers = transcript.stream()
                .map(r -> AnswerView.of(r.answer(), r.question(), r.reference(), laws))
                .map(a -> note != null && a.key().equals(answerKey) ? a.withFeedbackNote(note) : a)
                .toList();
        TemplateInstance view =
                AskTemplates.index(page, "", answers, null, validator.maxChars(), examples(page), notice(headers));
        return rendered(uri, headers, view, 200)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /** Hides the first-visit notice once it has been read. */
    @POST
    @Path("notice")
    public Response noticeRead() {
        return Response.seeOther(URI.create("/"))
                .cookie(new NewCookie.Builder(NOTICE_COOKIE)
                        .value("seen")
                        .path("/")
                        .httpOnly(true)
                        .sameSite(NewCookie.SameSite.LAX)
                        .build())
                .build();
    }

    private static boolean notice(HttpHeaders headers) {
        return !headers.getCookies().containsKey(NOTICE_COOKIE);
    }

    private Response start(UriInfo uri, HttpHeaders headers) {
        Page page = page(uri, headers);
        return render(
                uri,
                headers,
                AskTemplates.index(page, "", List.of(), null, validator.maxChars(), examples(page), notice(headers)),
                200);
    }

    /** {@code GET /ask?q=…}: the same as submitting the form, so example questions can be plain links. */
    @GET
    @Path("ask")
    @RateLimited("ask")
    @Produces(MediaType.TEXT_HTML)
    public Response askByLink(@QueryParam("q") String question, @Context UriInfo uri, @Context HttpHeaders headers) {
        if (question == null || question.isBlank()) {
            return start(uri, headers);
        }
        return answer(question, false, uri, headers);
    }

    @POST
    @Path("ask")
    @RateLimited("ask")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response askByForm(
            @FormParam("question") String question,
            @HeaderParam(FRAGMENT_HEADER) String fragment,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return answer(question, fragment != null, uri, headers);
    }

    private Response answer(String question, boolean fragmentOnly, UriInfo uri, HttpHeaders headers) {
        Page page = page(uri, headers);
        // answer in the question's own language; the page keeps the language the user chose
        Language language = QuestionValidator.languageOf(null, question, page.language());
        try {
            String valid = validator.validate(question, language);
            Optional<ConversationKey> key = Optional.ofNullable(
                            headers.getCookies().get(ConversationKey.COOKIE))
                    .flatMap(c -> ConversationKey.parse(c.getValue()));
            AskService.Outcome outcome = service.ask(valid, language, key, AnswerStyle.of(page.mode()));
            Response.ResponseBuilder response;
            if (fragmentOnly) {
                AnswerView answer = AnswerView.of(outcome.answer(), valid, outcome.reference(), laws);
                response = rendered(uri, headers, AskTemplates.index$answer(page, List.of(answer)), 200);
            } else {
                // post/redirect/get: the answer page is a GET, so Back and reload never resubmit the question
                response = Response.seeOther(URI.create("/conversation#latest-answer"));
            }
            // a response with conversation content must not stay in caches or the back-forward cache
            response.header(HttpHeaders.CACHE_CONTROL, "no-store");
            if (outcome.conversation().isNew()) {
                response.cookie(cookies.conversation(outcome.conversation().key()));
            }
            return response.build();
        } catch (BadRequestException e) {
            TemplateInstance view = fragmentOnly
                    ? AskTemplates.index$error(page, e.getMessage())
                    : AskTemplates.index(
                            page,
                            question == null ? "" : question,
                            List.of(),
                            e.getMessage(),
                            validator.maxChars(),
                            examples(page),
                            notice(headers));
            return render(uri, headers, view, 400);
        }
    }

    /** An example question and the link that asks it. */
    private List<AskTemplates.ExampleQuestion> examples(Page page) {
        Messages m = localizer.messages(page.language());
        return Stream.of(m.ask_example_1(), m.ask_example_2(), m.ask_example_3())
                .map(q -> new AskTemplates.ExampleQuestion(q, "/ask?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .toList();
    }

    private Page page(UriInfo uri, HttpHeaders headers) {
        return languages.page(uri, headers);
    }

    private Response render(UriInfo uri, HttpHeaders headers, TemplateInstance view, int status) {
        return rendered(uri, headers, view, status).build();
    }

    private Response.ResponseBuilder rendered(UriInfo uri, HttpHeaders headers, TemplateInstance view, int status) {
        Page page = page(uri, headers);
        Response.ResponseBuilder response = Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(view.setLocale(page.language().locale()).render());
        return response;
    }
}
