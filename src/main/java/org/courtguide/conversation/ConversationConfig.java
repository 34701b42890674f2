package org.courtguide.conversation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long conversations are kept and how the browser holds its key. */
@ConfigMapping(prefix = "court-guide.conversation")
public interface ConversationConfig {

    /** Conversations (and their turns and feedback) are deleted this long after they start. */
    @WithDefault("P30D")
    Duration retention();

    /** How often the retention job looks for expired conversations. */
    @WithDefault("1h")
    String purgeEvery();

    /** Mark the conversation cookie {@code Secure} (on behind HTTPS, as in production). */
    @WithDefault("false")
    boolean secureCookie();
}
