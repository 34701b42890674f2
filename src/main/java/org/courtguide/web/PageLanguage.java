package org.courtguide.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.courtguide.Language;
import org.courtguide.accessibility.DisplayMode;

/**
 * Chooses the language of a page: an explicit {@code ?lang=} (remembered in a cookie), else the cookie, else the
 * browser's Accept-Language, else Chinese. Builds the {@link Page} every layout needs, display mode included.
 */
@ApplicationScoped
public class PageLanguage {

    public static final String COOKIE = "cg_lang";
    public static final String PARAM = "lang";

    public Language resolve(UriInfo uri, HttpHeaders headers) {
        return explicit(uri)
                .or(() -> Optional.ofNullable(headers.getCookies().get(COOKIE))
                        .flatMap(c -> Language.parse(c.getValue())))
                .or(() -> Language.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)))
                .orElse(Language.ZH);
    }

    public Page page(UriInfo uri, HttpHeaders headers) {
        Language language = resolve(uri, headers);
        Language other = language == Language.ZH ? Language.EN : Language.ZH;
        String href = pathAndQuery(uri.getRequestUriBuilder()
                .replaceQueryParam(PARAM, other.code())
                .build());
        DisplayMode mode = DisplayMode.resolve(uri, headers);
        // back to this page without ?mode=, which would override the new choice
        String back = pathAndQuery(
                uri.getRequestUriBuilder().replaceQueryParam(DisplayMode.PARAM).build());
        String toggle =
                "/mode?set=" + mode.other().code() + "&return=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
        return new Page(language, href, "", mode, toggle);
    }

    /** The cookie that remembers an explicit choice, or empty when the user did not choose on this request. */
    public Optional<NewCookie> rememberChoice(UriInfo uri) {
        return explicit(uri)
                .map(language -> new NewCookie.Builder(COOKIE)
                        .value(language.code())
                        .path("/")
                        .maxAge(60 * 60 * 24 * 365)
                        .httpOnly(true)
                        .sameSite(NewCookie.SameSite.LAX)
                        .build());
    }

    private static Optional<Language> explicit(UriInfo uri) {
        return Language.parse(uri.getQueryParameters().getFirst(PARAM));
    }

    private static String pathAndQuery(URI uri) {
        String query = uri.getRawQuery();
        return uri.getRawPath() + (query == null || query.isEmpty() ? "" : "?" + query);
    }
}
