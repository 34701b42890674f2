package org.courtguide.ask;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;

/**
 * Whether a person starts with the assistant or with the guide library (no AI). Remembered for the browser session
 * in a cookie; either way every feature stays one link away.
 */
enum StartChoice {
    ASSISTANT,
    LIBRARY;

    static final String PARAM = "choice";
    static final String COOKIE = "cg_choice";

    /** An explicit {@code ?choice=} wins, then the remembered one; the assistant by default. */
    static StartChoice of(String param, HttpHeaders headers) {
        String value = param != null
                ? param
                : headers.getCookies().containsKey(COOKIE)
                        ? headers.getCookies().get(COOKIE).getValue()
                        : "";
        return "library".equals(value) ? LIBRARY : ASSISTANT;
    }

    /** A session cookie (no max age): the choice lasts until the browser session ends. */
    NewCookie cookie() {
        return new NewCookie.Builder(COOKIE)
                .value(name().toLowerCase(java.util.Locale.ROOT))
                .path("/")
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }
}
