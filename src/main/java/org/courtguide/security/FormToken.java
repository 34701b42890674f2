package org.courtguide.security;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The CSRF token of the forms on a page ({@code inject:formToken}, used by {@code csrf-field.html}). Pages for
 * addresses nothing answers (a missing file) are made without a token; their forms then carry none instead of the
 * page failing to render — the Exit form in every header among them, and a post to {@code /exit} without a token still
 * leaves (see {@code ExitResource#leaveEvenWhenRefused}).
 */
@Named("formToken")
@RequestScoped
public class FormToken {

    private final CsrfTokenParameterProvider csrf;

    FormToken(CsrfTokenParameterProvider csrf) {
        this.csrf = csrf;
    }

    public String parameterName() {
        return csrf.getParameterName();
    }

    public String token() {
        try {
            return csrf.getToken();
        } catch (IllegalStateException noTokenForThisRequest) {
            return "";
        }
    }
}
