package org.courtguide.ask;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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

import org.courtguide.conversation.ConversationCookies;
import org.courtguide.conversation.ConversationKey;
import org.courtguide.security.RateLimited;
import org.courtguide.laws.LawLibrary;
import org.courtguide.web.BadRequestException;
import org.courtguide.Language;
import org.courtguide.web.Localizer;
import org.courtguide.web.Messages;
import org.courtguide.web.Page;
import org.courtguide.web.PageLanguage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The question page. Works as a plain HTML form (POST, server-rendered answer); with JavaScript the same endpoint
 * returns only the answer fragment so the page does not reload.
 */
@Path("/")
public class AskPage {

    /** Sent by the page's script to receive the answer fragment instead of the whole page. */
    static final String FRAGMENT_HEADER = "X-Court-Guide-Fragment";
    static final String NOTICE_COOKIE = "cg_notice";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Page page, String question, AnswerView answer, String error, int maxChars,
                List<ExampleQuestion> examples, boolean showNotice);

        static native TemplateInstance index$answer(Page page, AnswerView answer);

        static native TemplateInstance index$error(Page page, String error);
    }

    private final AskService service;
    private final QuestionValidator validator;
    private final PageLanguage languages;
    private final Localizer localizer;
    private final ConversationCookies cookies;
    private final LawLibrary laws;

    AskPage(AskService service, QuestionValidator validator, PageLanguage languages, Localizer localizer,
            ConversationCookies cookies, LawLibrary laws) {
        this.laws = laws;
        this.cookies = cookies;
        this.service = service;
        this.validator = validator;
        this.languages = languages;
        this.localizer = localizer;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response start(@QueryParam(StartChoice.PARAM) String choice, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        StartChoice chosen = StartChoice.of(choice, headers);
        if (chosen == StartChoice.LIBRARY) {
            // the person chose the guides without AI: remembered for the session, reversible from every page
            return Response.seeOther(URI.create("/guides")).cookie(StartChoice.LIBRARY.cookie()).build();
        }
        Response page = start(uri, headers);
        return choice == null ? page : Response.fromResponse(page).cookie(chosen.cookie()).build();
    }

    /** The latest answer of the person's conversation (where the form lands after asking). */
    @GET
    @Path("conversation")
    @Produces(MediaType.TEXT_HTML)
    public Response conversation(@Context UriInfo uri, @Context HttpHeaders headers) {
        Optional<AskService.RecordedAnswer> latest = Optional.ofNullable(headers.getCookies().get(ConversationKey.COOKIE))
                .flatMap(c -> ConversationKey.parse(c.getValue())).flatMap(service::latest);
        if (latest.isEmpty()) {
            return Response.seeOther(URI.create("/")).build();
        }
        Page page = page(uri, headers);
        AnswerView answer = AnswerView.of(latest.get().answer(), latest.get().question(), laws);
        TemplateInstance view = Templates.index(page, "", answer, null, validator.maxChars(), examples(page),
                notice(headers));
        return rendered(uri, headers, view, 200).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /** Hides the first-visit notice once it has been read. */
    @POST
    @Path("notice")
    public Response noticeRead() {
        return Response.seeOther(URI.create("/")).cookie(new NewCookie.Builder(NOTICE_COOKIE).value("seen").path("/")
                .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build()).build();
    }

    private static boolean notice(HttpHeaders headers) {
        return !headers.getCookies().containsKey(NOTICE_COOKIE);
    }

    private Response start(UriInfo uri, HttpHeaders headers) {
        Page page = page(uri, headers);
        return render(uri, headers, Templates.index(page, "", null, null, validator.maxChars(), examples(page), notice(headers)), 200);
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
    public Response askByForm(@FormParam("question") String question, @HeaderParam(FRAGMENT_HEADER) String fragment,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        return answer(question, fragment != null, uri, headers);
    }

    private Response answer(String question, boolean fragmentOnly, UriInfo uri, HttpHeaders headers) {
        Page page = page(uri, headers);
        // answer in the question's own language; the page keeps the language the user chose
        Language language = QuestionValidator.languageOf(null, question, page.language());
        try {
            String valid = validator.validate(question, language);
            Optional<ConversationKey> key = Optional.ofNullable(headers.getCookies().get(ConversationKey.COOKIE))
                    .flatMap(c -> ConversationKey.parse(c.getValue()));
            AskService.Outcome outcome = service.ask(valid, language, key, AnswerStyle.of(page.mode()));
            Response.ResponseBuilder response;
            if (fragmentOnly) {
                AnswerView answer = AnswerView.of(outcome.answer(), valid, laws);
                response = rendered(uri, headers, Templates.index$answer(page, answer), 200);
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
            TemplateInstance view = fragmentOnly ? Templates.index$error(page, e.getMessage())
                    : Templates.index(page, question == null ? "" : question, null, e.getMessage(), validator.maxChars(),
                            examples(page), notice(headers));
            return render(uri, headers, view, 400);
        }
    }

    /** An example question and the link that asks it. */
    public record ExampleQuestion(String text, String href) {
    }

    private List<ExampleQuestion> examples(Page page) {
        Messages m = localizer.messages(page.language());
        return Stream.of(m.ask_example_1(), m.ask_example_2(), m.ask_example_3())
                .map(q -> new ExampleQuestion(q, "/ask?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).toList();
    }

    private Page page(UriInfo uri, HttpHeaders headers) {
        return languages.page(uri, headers);
    }

    private Response render(UriInfo uri, HttpHeaders headers, TemplateInstance view, int status) {
        return rendered(uri, headers, view, status).build();
    }

    private Response.ResponseBuilder rendered(UriInfo uri, HttpHeaders headers, TemplateInstance view, int status) {
        Page page = page(uri, headers);
        Response.ResponseBuilder response = Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(view.setLocale(page.language().locale()).render());
        return response;
    }
}
