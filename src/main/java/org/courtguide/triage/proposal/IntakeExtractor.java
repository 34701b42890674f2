package org.courtguide.triage.proposal;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import io.quarkiverse.langchain4j.RegisterAiService;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads the answers of the intake's later questions out of the person's own description. No chat memory and no tools:
 * one description in, one typed extraction out.
 * <p>
 * NOTE: call it through {@link ModelFieldProposer}, which redacts the description first and adds the time limit, the
 * circuit breaker, the fallback and the check of every value.
 */
@RegisterAiService(
        chatMemoryProviderSupplier = RegisterAiService.NoChatMemoryProviderSupplier.class,
        toolProviderSupplier = RegisterAiService.NoToolProviderSupplier.class)
@ApplicationScoped
interface IntakeExtractor {

    @SystemMessage(fromResource = "prompts/triage/system.md")
    @UserMessage(fromResource = "prompts/triage/user.md")
    ProposedIntake extract(String provinces, String today, String description);
}
