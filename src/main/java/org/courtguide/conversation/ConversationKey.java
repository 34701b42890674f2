package org.courtguide.conversation;

import java.util.Optional;

/**
 * What the browser holds to reach its conversation: the id and a secret. The server keeps only the secret's hash,
 * so an id alone (from a log or a guess) opens nothing.
 */
public record ConversationKey(String id, String secret) {

    public static final String COOKIE = "cg_conv";

    public String cookieValue() {
        return id + "." + secret;
    }

    public static Optional<ConversationKey> parse(String cookieValue) {
        if (cookieValue == null) {
            return Optional.empty();
        }
        int dot = cookieValue.indexOf('.');
        if (dot <= 0 || dot == cookieValue.length() - 1 || cookieValue.length() > 200) {
            return Optional.empty();
        }
        return Optional.of(new ConversationKey(cookieValue.substring(0, dot), cookieValue.substring(dot + 1)));
    }
}
