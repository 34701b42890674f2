package org.courtguide.ask;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.RuntimeDelegate;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.courtguide.Language;
import org.courtguide.conversation.ConversationCookies;
import org.courtguide.conversation.ConversationKey;
import org.courtguide.conversation.ConversationService;
import org.courtguide.conversation.ConversationService.Opened;
import org.courtguide.knowledge.KnowledgeLoadingException;
import org.courtguide.laws.LawLibrary;
import org.courtguide.security.SecurityMessages;
import org.courtguide.web.BadRequestException;
import org.courtguide.web.Page;
import org.courtguide.web.PageLanguage;
import org.jboss.resteasy.reactive.RestMulti;

/**
 * {@code POST /ask/stream}: the page's script asks here when a model is configured, and shows the answer while it is
 * written. Server-sent events: {@code draft} (text of a standard answer that already cites a retrieved source, not
 * announced), then {@code answer} (the answer fragment as the form would get it, verified or extractive, which
 * replaces the drafts and is announced once), or {@code error} (the message for the question field). Without
 * JavaScript, and in accessible mode, the form posts to {@code /ask} and gets the whole answer at once.
 */
@Path("/ask/stream")
public class AskStream {

    private final AskService service;
    private final QuestionValidator validator;
    private final PageLanguage languages;
    private final ConversationService conversations;
    private final ConversationCookies cookies;
    private final LawLibrary laws;

    AskStream(
            AskService service,
            QuestionValidator validator,
            PageLanguage languages,
            ConversationService conversations,
            ConversationCookies cookies,
            LawLibrary laws) {
        this.laws = laws;
        this.service = service;
        this.validator = validator;
        this.languages = languages;
        this.conversations = conversations;
        this.cookies = cookies;
    }

    // opening the conversation touches the database before the stream starts
    @Blocking
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public RestMulti<OutboundSseEvent> stream(
            @FormParam("question") String question,
            @Context UriInfo uri,
            @Context HttpHeaders headers,
            @Context Sse sse) {
        Page page = languages.page(uri, headers);
        Language language = QuestionValidator.languageOf(null, question, page.language());
        String valid;
        try {
            valid = validator.validate(question, language);
        } catch (BadRequestException e) {
            return RestMulti.fromMultiData(Multi.createFrom().item(event(sse, "error", e.getMessage())))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .build();
        }
        AnswerStyle style = AnswerStyle.of(page.mode());
        // opened before the first event, so a new conversation's cookie goes out with the response headers
        Opened opened = conversations.open(
                Optional.ofNullable(headers.getCookies().get(ConversationKey.COOKIE))
                        .flatMap(c -> ConversationKey.parse(c.getValue())),
                language.code(),
                style.name().toLowerCase(Locale.ROOT));
        Multi<OutboundSseEvent> events = Multi.createFrom()
                .<OutboundSseEvent>emitter(emitter -> {
                    AskService.Outcome outcome;
                    try {
                        outcome = service.ask(
                                valid,
                                language,
                                Optional.of(opened.key()),
                                style,
                                style == AnswerStyle.STANDARD
                                        ? draft -> emitter.emit(event(sse, "draft", draft))
                                        : null);
                    } catch (KnowledgeLoadingException e) {
                        emitter.emit(event(
                                sse,
                                "error",
                                MessageBundles.get(
                                                SecurityMessages.class,
                                                Localized.Literal.of(
                                                        page.language().code()))
                                        .loading_text()));
                        emitter.complete();
                        return;
                    }
                    String html = AskTemplates.index$answer(
                                    page, List.of(AnswerView.of(outcome.answer(), valid, outcome.reference(), laws)))
                            .setLocale(page.language().locale())
                            .render();
                    emitter.emit(event(sse, "answer", html));
                    emitter.complete();
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        RestMulti.SyncRestMulti.Builder<OutboundSseEvent> response =
                RestMulti.fromMultiData(events).header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (opened.isNew()) {
            response.header(
                    HttpHeaders.SET_COOKIE,
                    RuntimeDelegate.getInstance()
                            .createHeaderDelegate(NewCookie.class)
                            .toString(cookies.conversation(opened.key())));
        }
        return response.build();
    }

    private static OutboundSseEvent event(Sse sse, String name, String data) {
        return sse.newEventBuilder()
                .name(name)
                .data(data)
                .mediaType(MediaType.TEXT_PLAIN_TYPE)
                .build();
    }
}
