package org.courtguide.web;

import org.courtguide.Language;

/** Input the user can fix; mapped to a 400 with a localized message and never a stack trace. */
public class BadRequestException extends RuntimeException {

    private final String code;
    private final transient Language language;

    public BadRequestException(String code, String message, Language language) {
        super(message, null, false, false);
        this.code = code;
        this.language = language;
    }

    public String code() {
        return code;
    }

    public Language language() {
        return language;
    }
}
