package org.courtguide.answering;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Which chat model writes answers, if any. The default is none: answers are extractive and nothing reaches the
 * network. {@code application.properties} maps these settings onto the OpenAI-compatible client
 * ({@code quarkus.langchain4j.openai.*}), which serves both providers (Ollama through its {@code /v1} API).
 * The time limit of one answer is the fault-tolerance {@code @Timeout} of {@link GenerativeAnswerer} (see README).
 */
@ConfigMapping(prefix = "court-guide.model")
public interface ModelConfig {

    enum Provider {
        NONE,
        OPENAI,
        OLLAMA
    }

    /** {@code none} (extractive answers only), {@code openai} (any OpenAI-compatible server) or {@code ollama}. */
    @WithDefault("none")
    Provider provider();

    /** The server's OpenAI-compatible base URL, ending in {@code /v1}; empty means the provider's usual address. */
    Optional<String> baseUrl();

    /** The model, as the server names it (e.g. {@code gpt-4o-mini}, {@code qwen2.5:7b-instruct}). */
    @WithDefault("gpt-4o-mini")
    String name();

    /** The API key, if the server needs one (Ollama and most local servers do not). Pass it as an environment variable. */
    Optional<String> apiKey();

    /** Hard upper bound of one HTTP call of the client; the answer's own time limit is shorter. */
    @WithDefault("60s")
    Duration clientTimeout();

    /** Earlier questions of the conversation given to the model with a follow-up (0 turns follow-ups off). */
    @WithDefault("4")
    int window();

    /** What each provider means for the client: whether it may send, and its default base URL. */
    Map<String, ProviderSettings> providers();

    interface ProviderSettings {
        boolean enabled();

        String baseUrl();
    }

    /** The id recorded with every generated answer, e.g. {@code openai:gpt-4o-mini}. */
    default String modelId() {
        return provider().name().toLowerCase(java.util.Locale.ROOT) + ":" + name();
    }
}
