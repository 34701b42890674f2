package org.courtguide.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;

/** The cookie that holds a conversation's key: HttpOnly, SameSite=Lax, Secure where configured, for the session. */
@ApplicationScoped
public class ConversationCookies {

    private final ConversationConfig config;

    ConversationCookies(ConversationConfig config) {
        this.config = config;
    }

    public NewCookie conversation(ConversationKey key) {
        return new NewCookie.Builder(ConversationKey.COOKIE)
                .value(key.cookieValue())
                .path("/")
                .httpOnly(true)
                .secure(config.secureCookie())
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }

    /** An expired cookie of the given name: the browser deletes it. */
    public NewCookie expired(String name) {
        return new NewCookie.Builder(name)
                .value("")
                .path("/")
                .maxAge(0)
                .httpOnly(true)
                .secure(config.secureCookie())
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }
}
