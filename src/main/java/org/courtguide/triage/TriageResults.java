package org.courtguide.triage;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.courtguide.Language;
import org.courtguide.guides.GuideLinks;
import org.courtguide.safety.Contact;
import org.courtguide.safety.Route;
import org.courtguide.safety.RouteKind;
import org.courtguide.safety.SafetyRouter;
import org.courtguide.triage.TriageRouter.Routing;
import org.courtguide.triage.TriageRules.Basis;
import org.courtguide.triage.TriageRules.Rule;

/**
 * Turns a routing into what the result page shows: the suggested path and the others that apply, each with why and
 * its legal basis, the deadlines, what to prepare, the fee estimate and the guides to read. Safety contacts come first
 * when someone is in danger, from the same reviewed list as the question page.
 */
@ApplicationScoped
public class TriageResults {

    /** A path that applies, with the reason and the articles it rests on. */
    public record PathView(String id, String path, String why, List<String> basis) {}

    public record DeadlineView(String text, String basis) {}

    public record GuideView(String title, String href) {}

    /**
     * Fee lines, with the articles they come from, and the small claims threshold note. The heading says "court fee
     * estimate" only where a court fee is computed; free paths (labour arbitration, labour inspection) and fixed
     * fees sit under "costs".
     */
    public record FeeView(String heading, List<String> lines, List<String> basis, String threshold) {}

    public record ResultView(
            PathView suggested,
            List<PathView> others,
            List<DeadlineView> deadlines,
            List<String> prepare,
            FeeView fees,
            List<GuideView> guides,
            List<Contact> contacts) {

        public boolean hasContacts() {
            return !contacts.isEmpty();
        }
    }

    private final TriageRouter router;
    private final FeeSchedule fees;
    private final AverageWages wages;
    private final SafetyRouter safety;

    TriageResults(TriageRouter router, FeeSchedule fees, AverageWages wages, SafetyRouter safety) {
        this.router = router;
        this.fees = fees;
        this.wages = wages;
        this.safety = safety;
    }

    Routing route(Intake intake) {
        return router.route(intake);
    }

    /** The suggested path's name in the person's language, for the summary and the stored case. */
    String suggestedName(Routing routing, TriageMessages m, Language language) {
        return routing.suggested().map(r -> r.path().get(language)).orElse(m.not_given());
    }

    ResultView view(Routing routing, Intake intake, Language language, TriageMessages m) {
        TriageRules rules = router.rules();
        List<PathView> paths = routing.fired().stream()
                .map(rule -> path(rule, rules, language))
                .toList();
        Set<String> deadlineIds = new LinkedHashSet<>();
        Set<String> guideIds = new LinkedHashSet<>();
        List<String> prepare = new ArrayList<>();
        for (Rule rule : routing.fired()) {
            deadlineIds.addAll(rule.deadlines());
            guideIds.addAll(rule.guides());
            rule.prepare().get(language).stream()
                    .filter(p -> !prepare.contains(p))
                    .forEach(prepare::add);
        }
        if (routing.facts().get("money_claim").equals("yes")) {
            guideIds.add("fees");
        }
        List<DeadlineView> deadlines = deadlineIds.stream()
                .map(rules::deadline)
                .map(d -> new DeadlineView(
                        d.text().get(language),
                        String.join(
                                language.clauseSeparator(),
                                d.basis().stream()
                                        .map(b -> rules.cite(b, language))
                                        .toList())))
                .toList();
        List<GuideView> guides = guideIds.stream()
                .map(id -> new GuideView(rules.guideTitle(id, language), GuideLinks.source(id + "-" + language.code())))
                .toList();
        List<Contact> contacts = "safety".equals(routing.facts().get("urgency"))
                ? safety.contacts(new Route(RouteKind.CRISIS, "triage-safety", language))
                : List.of();
        return new ResultView(
                paths.isEmpty() ? null : paths.get(0),
                paths.size() > 1 ? paths.subList(1, paths.size()) : List.of(),
                deadlines,
                prepare,
                fees(routing, intake, language, m),
                guides,
                contacts);
    }

    private static PathView path(Rule rule, TriageRules rules, Language language) {
        List<String> basis =
                rule.basis().stream().map((Basis b) -> rules.cite(b, language)).toList();
        return new PathView(rule.id(), rule.path().get(language), rule.why().get(language), basis);
    }

    private FeeView fees(Routing routing, Intake intake, Language language, TriageMessages m) {
        String type = routing.facts().get("type");
        if ("government".equals(routing.facts().get("other_party"))) {
            return new FeeView(
                    m.costs_heading(), List.of(m.fee_administrative()), List.of(fees.source(language)), null);
        }
        Optional<BigDecimal> amount = Amounts.parse(intake.text(Intake.AMOUNT)).filter(a -> a.signum() > 0);
        if ("labour".equals(type)) {
            return labourCosts(routing, amount, language, m);
        }
        if (amount.isEmpty()) {
            return new FeeView(m.costs_heading(), List.of(m.fee_none()), List.of(), null);
        }
        FeeSchedule.Estimate estimate = fees.estimate(amount.get());
        List<String> lines = new ArrayList<>();
        lines.add(m.fee_full(Amounts.format(estimate.amount()), Amounts.format(estimate.fee())));
        lines.add(m.fee_simplified(Amounts.format(estimate.simplified())));
        lines.add(m.fee_mediation(Amounts.format(estimate.mediationOrWithdrawal())));
        List<String> basis = new ArrayList<>();
        basis.add(fees.source(language));
        basis.addAll(fees.reductionSources(language));
        if (routing.fired().stream().anyMatch(r -> r.id().equals("payment-order"))) {
            lines.add(m.fee_payment_order(Amounts.format(estimate.paymentOrder())));
            basis.add(fees.paymentOrderSource(language));
        }
        lines.add(m.fee_note());
        String province = intake.text(Intake.PROVINCE);
        String provinceName = wages.name(province, language).orElse(m.province_unknown());
        String threshold = routing.threshold()
                .map(t -> m.threshold_known(provinceName, Amounts.format(t.amount()), wages.percent(), t.year()))
                .orElse(m.threshold_unknown(provinceName));
        return new FeeView(m.fees_heading(), lines, basis, threshold);
    }

    /** A work dispute: what each path that applies costs, most of them nothing. */
    private FeeView labourCosts(Routing routing, Optional<BigDecimal> amount, Language language, TriageMessages m) {
        List<String> lines = new ArrayList<>();
        List<String> basis = new ArrayList<>();
        if (fired(routing, "labour-inspection")) {
            lines.add(m.fee_labour_inspection());
        }
        if (fired(routing, "wage-payment-order") && amount.isPresent()) {
            lines.add(m.fee_payment_order(
                    Amounts.format(fees.estimate(amount.get()).paymentOrder())));
            lines.add(m.fee_wages_not_in_advance());
            basis.add(fees.paymentOrderSource(language));
        }
        lines.add(m.fee_labour());
        basis.add(fees.source(language));
        return new FeeView(m.costs_heading(), lines, basis, null);
    }

    private static boolean fired(Routing routing, String ruleId) {
        return routing.fired().stream().anyMatch(r -> r.id().equals(ruleId));
    }
}
