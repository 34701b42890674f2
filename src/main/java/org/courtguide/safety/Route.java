package org.courtguide.safety;

import org.courtguide.Language;

/**
 * The routing decision for one question.
 *
 * @param kind where the question goes
 * @param ruleId the rule in {@code routing-rules.yaml} that decided it; {@code null} for {@link RouteKind#PROCEED}
 * @param language the language of the question, in which replies are given
 */
public record Route(RouteKind kind, String ruleId, Language language) {

    static Route proceed(Language language) {
        return new Route(RouteKind.PROCEED, null, language);
    }
}
