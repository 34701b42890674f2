package org.courtguide.exit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;

/**
 * The form token of the Exit form on every page ({@code inject:exitForm}). Pages for addresses nothing answers (a
 * missing file) are made without a token; there the form carries none, and a post without one still leaves (see
 * {@link ExitResource#leaveEvenWhenRefused}), so such a page never fails to render for the sake of Exit.
 */
@Named("exitForm")
@RequestScoped
public class ExitFormToken {

    private final CsrfTokenParameterProvider csrf;

    ExitFormToken(CsrfTokenParameterProvider csrf) {
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
