package org.courtguide.ask;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.courtguide.Language;
import org.courtguide.security.RateLimited;
import org.courtguide.web.BadRequestException;
import org.courtguide.web.Localizer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code POST /api/ask}: the JSON API of the assistant. */
@Path("/api/ask")
public class AskApiResource {

    private final AskService service;
    private final QuestionValidator validator;
    private final Localizer localizer;

    AskApiResource(AskService service, QuestionValidator validator, Localizer localizer) {
        this.service = service;
        this.validator = validator;
        this.localizer = localizer;
    }

    @POST
    @RateLimited("ask")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a procedural question from court guidance, with numbered citations, or abstain")
    public AskResponse ask(AskRequest request, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Language fallback = Language.fromAcceptLanguage(acceptLanguage).orElse(Language.ZH);
        if (request == null) {
            throw new BadRequestException(
                    "empty_question", localizer.messages(fallback).error_empty(), fallback);
        }
        Language language = QuestionValidator.languageOf(request.language(), request.question(), fallback);
        String question = validator.validate(request.question(), language);
        AnswerStyle style = AnswerStyle.fromApiMode(request.mode())
                .orElseThrow(() -> new BadRequestException(
                        "unknown_mode", localizer.messages(language).error_mode(), language));
        // the JSON API is stateless: each call is recorded as a conversation of its own, under the same retention
        return AskResponse.of(service.ask(question, language, Optional.empty(), style));
    }
}
