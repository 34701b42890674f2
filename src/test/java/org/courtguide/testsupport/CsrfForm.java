package org.courtguide.testsupport;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;

/** A form post as a browser sends it: with the CSRF cookie and the token from a page's hidden field. */
public final class CsrfForm {

    public static final String COOKIE = "csrf-token";
    public static final String FIELD = "csrf-token";
    public static final String CONTENT_TYPE = "application/x-www-form-urlencoded; charset=UTF-8";

    private CsrfForm() {}

    /** A request carrying a fresh, valid token pair, ready for {@code formParam(…)} and {@code post(…)}. */
    public static RequestSpecification given() {
        Token token = token();
        return io.restassured.RestAssured.given()
                .contentType(CONTENT_TYPE)
                .cookie(COOKIE, token.cookie())
                .formParam(FIELD, token.field());
    }

    /** The cookie and the hidden field of the start page's question form. */
    public static Token token() {
        Response page = io.restassured.RestAssured.given().when().get("/");
        String field = Jsoup.parse(page.asString())
                .selectFirst("input[name=" + FIELD + "]")
                .val();
        return new Token(page.cookie(COOKIE), field);
    }

    public record Token(String cookie, String field) {}
}
