package org.courtguide.web;

import org.courtguide.Language;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;

/**
 * Chooses the language of a page: an explicit {@code ?lang=} (remembered in a cookie), else the cookie, else the
 * browser's Accept-Language, else Chinese.
 */
@ApplicationScoped
public class PageLanguage {

    public static final String COOKIE = "cg_lang";
    public static final String PARAM = "lang";

    public Language resolve(UriInfo uri, HttpHeaders headers) {
        return explicit(uri)
                .or(() -> Optional.ofNullable(headers.getCookies().get(COOKIE)).flatMap(c -> Language.parse(c.getValue())))
                .or(() -> Language.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)))
                .orElse(Language.ZH);
    }

    public Page page(UriInfo uri, HttpHeaders headers) {
        Language language = resolve(uri, headers);
        Language other = language == Language.ZH ? Language.EN : Language.ZH;
        String href = uri.getRequestUriBuilder().replaceQueryParam(PARAM, other.code()).build().getRawPath()
                + "?" + uri.getRequestUriBuilder().replaceQueryParam(PARAM, other.code()).build().getRawQuery();
        return new Page(language, href, "");
    }

    /** The cookie that remembers an explicit choice, or empty when the user did not choose on this request. */
    public Optional<NewCookie> rememberChoice(UriInfo uri) {
        return explicit(uri).map(language -> new NewCookie.Builder(COOKIE).value(language.code()).path("/")
                .maxAge(60 * 60 * 24 * 365).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build());
    }

    private static Optional<Language> explicit(UriInfo uri) {
        return Language.parse(uri.getQueryParameters().getFirst(PARAM));
    }
}
