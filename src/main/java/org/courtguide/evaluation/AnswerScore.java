package org.courtguide.evaluation;

import java.util.List;
import java.util.Map;
import org.courtguide.ask.Answer;
import org.courtguide.ask.Citation;
import org.courtguide.understanding.LabelledQuestion;

/**
 * How one answer fares against its label. A covered question is right when its first citation is an expected section
 * of its first part and every part has one of its sections cited and its fact in the answer. A question that must be
 * declined is declined when the answer abstains or is routed away from the guidance, and declined for the right
 * reason when the route names its scope.
 */
public record AnswerScore(boolean right, boolean declined, boolean rightReason) {

    /** Route names (as recorded with each turn) that state a decline reason, by the scope they decline. */
    static final Map<String, List<String>> ROUTES_BY_SCOPE = Map.of(
            "decide-or-predict", List.of("prediction"),
            "strategy", List.of("strategy"),
            "other-jurisdiction", List.of("jurisdiction"),
            "criminal", List.of("criminal"),
            // "not covered, here is whom to contact" is the right reply to these two
            "off-topic", List.of("off-topic", "abstained"),
            "procedure-not-in-guides", List.of("not-in-guides", "abstained"));

    static final List<String> ANSWERED_ROUTES = List.of("answered", "rights");

    public static AnswerScore of(LabelledQuestion question, Answer answer, String route) {
        boolean declined = answer.abstained() || !ANSWERED_ROUTES.contains(route);
        if (question.mustDecline()) {
            return new AnswerScore(
                    false,
                    declined,
                    ROUTES_BY_SCOPE.getOrDefault(question.scope(), List.of()).contains(route));
        }
        if (declined || answer.citations().isEmpty()) {
            return new AnswerScore(false, declined, false);
        }
        List<String> cited =
                answer.citations().stream().map(AnswerScore::sectionOf).toList();
        String text = answer.text();
        boolean right = question.parts().get(0).sections().contains(cited.get(0));
        for (LabelledQuestion.Part part : question.parts()) {
            right &= part.sections().stream().anyMatch(cited::contains) && part.factIn(text);
        }
        return new AnswerScore(right, false, false);
    }

    /** {@code guide-id#anchor} of a citation, read from the link a reader follows. */
    static String sectionOf(Citation citation) {
        String url = citation.url();
        int slash = url.lastIndexOf('/');
        return java.net.URLDecoder.decode(url.substring(slash + 1), java.nio.charset.StandardCharsets.UTF_8);
    }
}
