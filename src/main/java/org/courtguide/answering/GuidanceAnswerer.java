package org.courtguide.answering;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import io.quarkiverse.langchain4j.RegisterAiService;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes an answer from numbered guide passages. No chat memory and no tools: the conversation window is passed
 * explicitly ({@code earlier}) from turns the app stores and erases, and the sources are retrieved by the app.
 * <p>
 * NOTE: call it through {@link GenerativeAnswerer}, which adds the time limit, circuit breaker, fallback and the
 * citation check.
 */
@RegisterAiService(
        chatMemoryProviderSupplier = RegisterAiService.NoChatMemoryProviderSupplier.class,
        toolProviderSupplier = RegisterAiService.NoToolProviderSupplier.class)
@ApplicationScoped
interface GuidanceAnswerer {

    @SystemMessage(fromResource = "prompts/answer/system.md")
    @UserMessage(fromResource = "prompts/answer/user.md")
    GuidedAnswer answer(String language, String earlier, String sources, String question);

    /** The accessible mode's easy-read variant (never streamed). */
    @SystemMessage(fromResource = "prompts/answer/plain.md")
    @UserMessage(fromResource = "prompts/answer/user.md")
    GuidedAnswer plain(String language, String earlier, String sources, String question);

    /** The standard answer as it is written, for the page's progressive display; verified when complete. */
    @SystemMessage(fromResource = "prompts/answer/system.md")
    @UserMessage(fromResource = "prompts/answer/user.md")
    Multi<String> stream(String language, String earlier, String sources, String question);
}
