package org.courtguide.safety;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.courtguide.Language;
import org.courtguide.safety.RoutingRules.Rule;
import org.jboss.logging.Logger;

/**
 * Decides, before any retrieval or answering, whether a question needs a fixed reply: crisis help, a refusal to
 * predict, or a neutral line for abuse. The rules are data ({@code court-guide.safety.rules}); see
 * {@code docs/safety-and-privacy.md}.
 * <p>
 * NOTE: built at start-up so that a broken rules file stops the app instead of the first person in crisis.
 */
@Startup
@ApplicationScoped
public class SafetyRouter {

    /** Names the answerer of a routed reply in traces and on the disclosure page. */
    public static final String ID = "safety-routing";

    private static final Logger LOG = Logger.getLogger(SafetyRouter.class);

    /** Help for a person in danger comes before everything; manipulation is refused before any prediction is. */
    private static final List<RouteKind> PRIORITY = List.of(RouteKind.CRISIS, RouteKind.ABUSE, RouteKind.PREDICTION);

    private final RoutingRules rules;

    @Inject
    SafetyRouter(SafetyConfig config) {
        this(RoutingRules.load(config.rules()));
        LOG.infof("Safety routing: %d rules from %s", rules.rules().size(), rules.source());
        // the examples are the rules' own tests; an edited file that breaks them still loads, but says so
        selfCheck().forEach(problem -> LOG.warnf("Safety routing rules: %s", problem));
    }

    SafetyRouter(RoutingRules rules) {
        this.rules = rules;
    }

    /** Where {@code question} goes; the language of the route is the question's own. {@code null} proceeds. */
    public Route route(String question) {
        String text = question == null ? "" : question;
        Language language = Language.detect(text);
        RoutingRules.Text normalized = RoutingRules.normalize(text);
        for (RouteKind kind : PRIORITY) {
            for (Rule rule : rules.rules()) {
                if (rule.route() == kind && rule.matches(normalized)) {
                    return new Route(kind, rule.id(), language);
                }
            }
        }
        return Route.proceed(language);
    }

    /**
     * The fixed reply for the route (the deciding rule's own, if it names one), in the route's language (Chinese if it
     * has none); empty for {@link RouteKind#PROCEED}. A prediction reply offers procedural guidance, which the caller
     * appends.
     */
    public String reply(Route route) {
        if (route.kind() == RouteKind.PROCEED) {
            return "";
        }
        return rules.reply(replyName(route), languageOf(route));
    }

    /**
     * The numbers to show with a crisis reply, named in the route's language, in the order the deciding rule's reply
     * lists them (its kind of crisis: the crisis line first after thoughts of suicide, the police after an assault);
     * none for other routes.
     */
    public List<Contact> contacts(Route route) {
        if (route.kind() != RouteKind.CRISIS) {
            return List.of();
        }
        Language language = languageOf(route);
        return rules.contacts(replyName(route)).stream()
                .map(c -> new Contact(c.names().get(language), c.number()))
                .toList();
    }

    /** The deciding rule's reply, or the route's own when the rule is unknown (a caller-made route). */
    private String replyName(Route route) {
        return rules.rules().stream()
                .filter(rule -> rule.id().equals(route.ruleId()))
                .findFirst()
                .map(RoutingRules.Rule::reply)
                .orElse(RoutingRules.key(route.kind()));
    }

    /**
     * The reviewed rule a sentence of a written answer breaks, if any: the answer rules (an answer that predicts or
     * guarantees an outcome, or carries text from outside the answer), then the question rules of the prediction and
     * abuse routes applied to the answer (an answer that asks "will I win" back, or that repeats an instruction to
     * ignore the sources). Crisis rules are not applied: an answer about protection orders must name them.
     */
    public Optional<Route> checkAnswer(String sentence) {
        String text = sentence == null ? "" : sentence;
        RoutingRules.Text normalized = RoutingRules.normalize(text);
        Language language = Language.detect(text);
        for (Rule rule : rules.answerRules()) {
            if (rule.matches(normalized)) {
                return Optional.of(new Route(rule.route(), rule.id(), language));
            }
        }
        for (Rule rule : rules.rules()) {
            if ((rule.route() == RouteKind.PREDICTION || rule.route() == RouteKind.ABUSE) && rule.matches(normalized)) {
                return Optional.of(new Route(rule.route(), rule.id(), language));
            }
        }
        return Optional.empty();
    }

    /** Each rule's examples that do not reach its route through it, and counter-examples that it matches or that do. */
    List<String> selfCheck() {
        List<String> problems = new ArrayList<>();
        for (Rule rule : rules.rules()) {
            for (String example : rule.examples()) {
                Route route = route(example);
                if (!rule.matches(RoutingRules.normalize(example))) {
                    problems.add(rule.id() + " does not match its example \"" + example + "\"");
                } else if (route.kind() != rule.route()) {
                    problems.add(rule.id() + ": example \"" + example + "\" routes to " + route.kind() + " by "
                            + route.ruleId());
                }
            }
            for (String counter : rule.counterExamples()) {
                Route route = route(counter);
                if (rule.matches(RoutingRules.normalize(counter))) {
                    problems.add(rule.id() + " matches its counter-example \"" + counter + "\"");
                } else if (route.kind() == rule.route()) {
                    problems.add(rule.id() + ": counter-example \"" + counter + "\" still routes to " + route.kind()
                            + " by " + route.ruleId());
                }
            }
        }
        for (Rule rule : rules.answerRules()) {
            for (String example : rule.examples()) {
                if (!rule.matches(RoutingRules.normalize(example))) {
                    problems.add(rule.id() + " does not match its example \"" + example + "\"");
                }
            }
            for (String counter : rule.counterExamples()) {
                checkAnswer(counter)
                        .ifPresent(route -> problems.add(
                                "answer counter-example \"" + counter + "\" is caught by " + route.ruleId()));
            }
        }
        return problems;
    }

    RoutingRules rules() {
        return rules;
    }

    private static Language languageOf(Route route) {
        return Objects.requireNonNullElse(route.language(), Language.ZH);
    }
}
