package org.courtguide.triage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courtguide.triage.TriageRules.Rule;
import org.jboss.logging.Logger;

/**
 * Works out the facts the rules read from the intake answers, and which rules fire. The free text never decides a
 * route: only the answers the person chose do, so the result can always be explained.
 */
@ApplicationScoped
public class TriageRouter {

    private static final Logger LOG = Logger.getLogger(TriageRouter.class);

    /** The facts, every rule that fired in file order (the first is the suggested path), and the threshold used. */
    record Routing(Map<String, String> facts, List<Rule> fired, Optional<AverageWages.Threshold> threshold) {

        Optional<Rule> suggested() {
            return fired.isEmpty() ? Optional.empty() : Optional.of(fired.get(0));
        }

        /** The id stored with a case; {@code guidance-only} when no rule fired. */
        String suggestedPathId() {
            return suggested().map(Rule::id).orElse("guidance-only");
        }
    }

    private final TriageRules rules;
    private final AverageWages wages;

    @Inject
    TriageRouter(TriageConfig config, AverageWages wages) {
        this(TriageRules.load(DataFiles.load(config.rules())), wages);
        LOG.infof("Triage routing: %d rules from %s", rules.rules().size(), rules.source());
        // the examples are the rules' own tests; an edited file that breaks them still loads, but says so
        selfCheck().forEach(problem -> LOG.warnf("Triage rules: %s", problem));
    }

    TriageRouter(TriageRules rules, AverageWages wages) {
        this.rules = rules;
        this.wages = wages;
    }

    TriageRules rules() {
        return rules;
    }

    Routing route(Intake intake) {
        String province = intake.text(Intake.PROVINCE);
        Optional<AverageWages.Threshold> threshold = wages.smallClaimsThreshold(province);
        Map<String, String> facts = facts(intake, threshold);
        return new Routing(facts, fire(facts), threshold);
    }

    List<Rule> fire(Map<String, String> facts) {
        return rules.rules().stream().filter(rule -> rule.fires(facts)).toList();
    }

    static Map<String, String> facts(Intake intake, Optional<AverageWages.Threshold> threshold) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("type", intake.text(Intake.TYPE));
        facts.put("other_party", intake.text(Intake.OTHER_PARTY));
        facts.put("urgency", intake.one(Intake.URGENCY).orElse("normal"));
        Optional<BigDecimal> amount = Amounts.parse(intake.text(Intake.AMOUNT)).filter(a -> a.signum() > 0);
        facts.put("money_claim", yesNo(amount.isPresent()));
        String smallClaims;
        if (amount.isEmpty()) {
            smallClaims = "no";
        } else if (threshold.isEmpty()) {
            // a missing wage figure is never guessed
            smallClaims = "unknown";
        } else {
            smallClaims = yesNo(amount.get().compareTo(threshold.get().amount()) <= 0);
        }
        facts.put("small_claims", smallClaims);
        facts.put("debt_undisputed", intake.one(Intake.DEBT).orElse("unsure"));
        facts.put("facts_clear", intake.one(Intake.FACTS).orElse("unsure"));
        facts.put(
                "tried_mediation",
                yesNo(intake.has(Intake.TRIED, "mediation") || intake.has(Intake.TRIED, "mediation_agreement")));
        facts.put("mediation_agreement", yesNo(intake.has(Intake.TRIED, "mediation_agreement")));
        facts.put("tried_arbitration", yesNo(intake.has(Intake.TRIED, "arbitration")));
        facts.put(
                "labour_issue",
                "labour".equals(intake.text(Intake.TYPE))
                        ? intake.one(Intake.LABOUR_ISSUE).orElse("unknown")
                        : "none");
        return facts;
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    /** Each rule's examples must fire it and its counter-examples must not; the problems found, if any. */
    List<String> selfCheck() {
        List<String> problems = new ArrayList<>();
        for (Rule rule : rules.rules()) {
            for (Map<String, String> example : rule.examples()) {
                if (!rule.fires(example)) {
                    problems.add(rule.id() + " does not fire for its example " + example);
                }
            }
            for (Map<String, String> counter : rule.counterExamples()) {
                if (rule.fires(counter)) {
                    problems.add(rule.id() + " fires for its counter-example " + counter);
                }
            }
        }
        return problems;
    }
}
