package org.courtguide.answering;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import io.quarkiverse.langchain4j.RegisterAiService;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns a follow-up ("and how much does that cost?") into a standalone query for retrieval. */
@RegisterAiService(
        chatMemoryProviderSupplier = RegisterAiService.NoChatMemoryProviderSupplier.class,
        toolProviderSupplier = RegisterAiService.NoToolProviderSupplier.class)
@ApplicationScoped
interface FollowUpRewriter {

    @SystemMessage(fromResource = "prompts/rewrite/system.md")
    @UserMessage(fromResource = "prompts/rewrite/user.md")
    String standalone(String earlier, String question);
}
