package org.courtguide.accessibility;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.Optional;

/**
 * How pages are shown. {@code ACCESSIBLE} means larger text and spacing, high contrast, simplified navigation, whole
 * answers in plain language with a glossary, and a read-aloud control. Chosen with {@code ?mode=} or the toggle on
 * every page ({@code /mode}), remembered in the {@value #COOKIE} cookie.
 */
public enum DisplayMode {
    STANDARD,
    ACCESSIBLE;

    public static final String COOKIE = "cg_mode";
    public static final String PARAM = "mode";

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public DisplayMode other() {
        return this == STANDARD ? ACCESSIBLE : STANDARD;
    }

    public static Optional<DisplayMode> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "accessible" -> Optional.of(ACCESSIBLE);
            case "standard" -> Optional.of(STANDARD);
            default -> Optional.empty();
        };
    }

    /** An explicit {@code ?mode=}, else the cookie, else standard. */
    public static DisplayMode resolve(UriInfo uri, HttpHeaders headers) {
        return explicit(uri)
                .or(() -> {
                    Cookie cookie = headers.getCookies().get(COOKIE);
                    return cookie == null ? Optional.empty() : parse(cookie.getValue());
                })
                .orElse(STANDARD);
    }

    /** The mode asked for with {@code ?mode=} on this request, if any. */
    public static Optional<DisplayMode> explicit(UriInfo uri) {
        return parse(uri.getQueryParameters().getFirst(PARAM));
    }

    /** The cookie that remembers a choice for a year. */
    public NewCookie cookie() {
        return new NewCookie.Builder(COOKIE)
                .value(code())
                .path("/")
                .maxAge(60 * 60 * 24 * 365)
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }
}
