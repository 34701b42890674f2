package org.courtguide.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.courtguide.Language;
import org.courtguide.triage.TriageRules.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The routing rules as shipped in {@code knowledge/rules/triage/triage-rules.yaml}: every rule fires for its examples and not
 * for its counter-examples, cites a legal basis, and whole intakes reach the path a person would expect.
 */
class TriageRulesTest {

    static final TriageRules RULES =
            TriageRules.load(DataFiles.load(Path.of("knowledge/rules/triage/triage-rules.yaml")));
    static final AverageWages WAGES =
            new AverageWages(DataFiles.load(Path.of("src/test/resources/triage/average-wages-test.yaml")), 0.5);
    static final TriageRouter ROUTER = new TriageRouter(RULES, WAGES);

    static Stream<Arguments> examples() {
        List<Arguments> all = new ArrayList<>();
        for (Rule rule : RULES.rules()) {
            rule.examples().forEach(e -> all.add(Arguments.of(rule.id(), e)));
        }
        return all.stream();
    }

    static Stream<Arguments> counterExamples() {
        List<Arguments> all = new ArrayList<>();
        for (Rule rule : RULES.rules()) {
            rule.counterExamples().forEach(e -> all.add(Arguments.of(rule.id(), e)));
        }
        return all.stream();
    }

    private static Rule rule(String id) {
        return RULES.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0} fires for {1}")
    @MethodSource("examples")
    void every_rule_fires_for_its_examples(String id, Map<String, String> facts) {
        assertThat(rule(id).fires(facts)).isTrue();
    }

    @ParameterizedTest(name = "{0} does not fire for {1}")
    @MethodSource("counterExamples")
    void no_rule_fires_for_its_counter_examples(String id, Map<String, String> facts) {
        assertThat(rule(id).fires(facts)).isFalse();
    }

    @Test
    void every_rule_cites_a_law_and_article_in_both_languages_and_has_examples_both_ways() {
        assertThat(RULES.rules()).hasSizeGreaterThanOrEqualTo(10);
        for (Rule rule : RULES.rules()) {
            assertThat(rule.basis()).as(rule.id()).isNotEmpty();
            for (var basis : rule.basis()) {
                assertThat(RULES.cite(basis, Language.ZH)).as(rule.id()).matches("《.+》第.+条.*");
                assertThat(RULES.cite(basis, Language.EN)).as(rule.id()).matches(".+, Article \\d+.*");
            }
            assertThat(rule.examples()).as(rule.id()).isNotEmpty();
            assertThat(rule.counterExamples()).as(rule.id()).isNotEmpty();
        }
        assertThat(ROUTER.selfCheck()).isEmpty();
    }

    @Test
    void the_current_civil_procedure_law_numbering_is_cited() {
        // 2023 amendment: small claims Art. 165, simplified 160, ordinary term 152, payment order 225, appeal 171
        assertThat(RULES.cite(rule("small-claims").basis().get(0), Language.EN))
                .isEqualTo("Civil Procedure Law, Article 165");
        assertThat(RULES.cite(rule("simplified-procedure").basis().get(0), Language.ZH))
                .isEqualTo("《中华人民共和国民事诉讼法》第一百六十条");
        assertThat(RULES.cite(rule("payment-order").basis().get(0), Language.EN))
                .isEqualTo("Civil Procedure Law, Article 225");
        assertThat(RULES.cite(RULES.deadline("appeal").basis().get(0), Language.EN))
                .isEqualTo("Civil Procedure Law, Article 171");
        assertThat(RULES.cite(RULES.deadline("enforcement").basis().get(0), Language.EN))
                .isEqualTo("Civil Procedure Law, Article 250");
        assertThat(RULES.cite(RULES.deadline("ordinary_term").basis().get(0), Language.EN))
                .isEqualTo("Civil Procedure Law, Article 152");
    }

    /** Whole intakes, as a person answers them, and the path suggested first. */
    static Stream<Arguments> intakes() {
        return Stream.of(
                Arguments.of(
                        "safety before anything else",
                        Map.of("type", "family", "urgency", "safety", "other_party", "individual", "facts", "yes"),
                        "safety-first"),
                Arguments.of(
                        "a labour dispute goes to arbitration first",
                        Map.of(
                                "type",
                                "labour",
                                "other_party",
                                "employer",
                                "amount",
                                "30000",
                                "province",
                                "beijing",
                                "facts",
                                "yes"),
                        "labour-arbitration-first"),
                Arguments.of(
                        "after arbitration a labour dispute is not sent back to arbitration",
                        Map.of("type", "labour", "other_party", "employer", "tried", "arbitration", "facts", "no"),
                        "guidance-only"),
                Arguments.of(
                        "a government decision: reconsideration or administrative litigation",
                        Map.of("type", "other", "other_party", "government", "facts", "no"),
                        "administrative-reconsideration-or-litigation"),
                Arguments.of(
                        "neighbours who have not tried mediation",
                        Map.of("type", "neighbours", "other_party", "individual", "facts", "unsure"),
                        "peoples-mediation"),
                Arguments.of(
                        "a mediation agreement to confirm",
                        Map.of(
                                "type",
                                "neighbours",
                                "other_party",
                                "individual",
                                "tried",
                                "mediation_agreement",
                                "facts",
                                "yes"),
                        "judicial-confirmation"),
                Arguments.of(
                        "an undisputed debt",
                        Map.of(
                                "type",
                                "loans",
                                "other_party",
                                "individual",
                                "amount",
                                "20000",
                                "province",
                                "guangdong",
                                "debt",
                                "yes",
                                "facts",
                                "yes"),
                        "payment-order"),
                Arguments.of(
                        "a small claim after mediation failed",
                        Map.of(
                                "type",
                                "loans",
                                "other_party",
                                "individual",
                                "amount",
                                "50,000",
                                "province",
                                "guangdong",
                                "debt",
                                "no",
                                "facts",
                                "yes",
                                "tried",
                                "mediation"),
                        "small-claims"),
                Arguments.of(
                        "above the small claims threshold: simplified procedure",
                        Map.of(
                                "type",
                                "contract",
                                "other_party",
                                "company",
                                "amount",
                                "50001",
                                "province",
                                "guangdong",
                                "facts",
                                "yes",
                                "tried",
                                "mediation"),
                        "simplified-procedure"),
                Arguments.of(
                        "no wage figure for the province: small claims is not guessed",
                        Map.of(
                                "type",
                                "loans",
                                "other_party",
                                "individual",
                                "amount",
                                "1000",
                                "province",
                                "hebei",
                                "facts",
                                "yes",
                                "tried",
                                "mediation"),
                        "simplified-procedure"),
                Arguments.of(
                        "a disputed, complex case: ordinary procedure",
                        Map.of(
                                "type",
                                "traffic_accident",
                                "other_party",
                                "individual",
                                "amount",
                                "300000",
                                "province",
                                "beijing",
                                "facts",
                                "no",
                                "tried",
                                "mediation"),
                        "ordinary-procedure"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("intakes")
    void an_intake_gets_the_expected_suggested_path(String why, Map<String, String> answers, String expected) {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        answers.forEach(form::add);
        TriageRouter.Routing routing = ROUTER.route(Intake.fromForm(form));
        assertThat(routing.suggestedPathId()).as(why + " " + routing.facts()).isEqualTo(expected);
    }

    private static List<String> paths(Map<String, String> answers) {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        answers.forEach(form::add);
        return ROUTER.route(Intake.fromForm(form)).fired().stream()
                .map(Rule::id)
                .toList();
    }

    @Test
    void unpaid_wages_get_labour_inspection_a_payment_order_and_arbitration_in_that_order() {
        Map<String, String> wages = Map.of(
                "type",
                "labour",
                "labour_issue",
                "wages",
                "other_party",
                "employer",
                "amount",
                "18000",
                "province",
                "beijing",
                "debt",
                "yes",
                "facts",
                "yes");
        assertThat(paths(wages)).containsExactly("labour-inspection", "wage-payment-order", "labour-arbitration-first");

        // the employer disputes the debt: no payment order
        Map<String, String> disputed = new java.util.HashMap<>(wages);
        disputed.put("debt", "no");
        assertThat(paths(disputed)).containsExactly("labour-inspection", "labour-arbitration-first");

        // a dismissal is not a wage claim: arbitration only, as before
        Map<String, String> dismissal = new java.util.HashMap<>(wages);
        dismissal.put("labour_issue", "dismissal");
        assertThat(paths(dismissal)).containsExactly("labour-arbitration-first");

        // the question is only asked about work: another type ignores a stray answer
        Map<String, String> loan = new java.util.HashMap<>(wages);
        loan.put("type", "loans");
        assertThat(paths(loan)).doesNotContain("labour-inspection", "wage-payment-order");
    }

    @Test
    void the_wage_paths_cite_the_labour_contract_law_and_the_labour_inspection_regulation() {
        assertThat(RULES.cite(rule("wage-payment-order").basis().get(0), Language.ZH))
                .isEqualTo("《中华人民共和国劳动合同法》第三十条");
        assertThat(RULES.cite(rule("labour-inspection").basis().get(0), Language.EN))
                .isEqualTo("Regulation on Labour Security Supervision, Article 9");
        assertThat(RULES.cite(RULES.deadline("labour_inspection").basis().get(0), Language.ZH))
                .isEqualTo("《劳动保障监察条例》第二十条");
    }

    @Test
    void small_claims_threshold_is_the_configured_fraction_of_the_provinces_wage() {
        assertThat(WAGES.smallClaimsThreshold("guangdong").orElseThrow().amount())
                .isEqualByComparingTo("50000");
        assertThat(new AverageWages(DataFiles.load(Path.of("src/test/resources/triage/average-wages-test.yaml")), 0.3)
                        .smallClaimsThreshold("guangdong")
                        .orElseThrow()
                        .amount())
                .isEqualByComparingTo("30000");
        assertThat(WAGES.smallClaimsThreshold("hebei")).isEmpty();
        assertThat(WAGES.smallClaimsThreshold("atlantis")).isEmpty();
    }

    @Test
    void the_shipped_wage_file_lists_all_31_provinces_and_never_a_figure_without_year_and_source() {
        AverageWages shipped =
                new AverageWages(DataFiles.load(Path.of("knowledge/rules/triage/average-wages.yaml")), 0.5);
        assertThat(shipped.provinces()).hasSize(31);
        assertThat(shipped.provinces()).allSatisfy(p -> {
            if (p.wage() != null) {
                assertThat(p.year()).isNotBlank();
                assertThat(p.source()).isNotBlank();
            }
        });
    }

    @Test
    void a_rule_without_legal_basis_or_with_an_unknown_fact_is_refused() {
        String yaml = """
                laws: { cpl: { zh: 法, en: Law } }
                guides: {}
                deadlines: {}
                rules:
                  - id: no-basis
                    path: { zh: 路, en: path }
                    when: { moon_phase: [full] }
                    why: { zh: 因为, en: because }
                    prepare: { zh: [], en: [] }
                    examples: [{ type: family }]
                    counter_examples: [{ type: labour }]
                """;
        assertThatThrownBy(() -> TriageRules.load(DataFiles.parse(yaml, "test")))
                .hasMessageContaining("no legal basis")
                .hasMessageContaining("unknown fact 'moon_phase'");
    }

    @Test
    void the_free_text_never_changes_the_route() {
        Map<String, String> base =
                new LinkedHashMap<>(Map.of("type", "neighbours", "other_party", "individual", "facts", "yes"));
        MultivaluedHashMap<String, String> plain = new MultivaluedHashMap<>();
        base.forEach(plain::add);
        MultivaluedHashMap<String, String> withText = new MultivaluedHashMap<>(plain);
        withText.add("description", "他打我，我要申请保护令，这是劳动仲裁的事");
        assertThat(ROUTER.route(Intake.fromForm(withText)).fired())
                .isEqualTo(ROUTER.route(Intake.fromForm(plain)).fired());
    }
}
