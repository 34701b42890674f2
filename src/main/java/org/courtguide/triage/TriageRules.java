package org.courtguide.triage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.courtguide.Language;

/**
 * The routing rules, deadlines, laws and guides read from {@code triage-rules.yaml}, checked as a whole when loaded:
 * a rule without a legal basis, or naming an unknown fact, law, deadline or guide, is refused rather than half
 * applied.
 */
final class TriageRules {

    /** The facts a rule may read; {@link TriageRouter#facts} works them out from the answers. */
    static final Set<String> FACTS = Set.of(
            "type",
            "other_party",
            "urgency",
            "money_claim",
            "small_claims",
            "debt_undisputed",
            "facts_clear",
            "tried_mediation",
            "mediation_agreement",
            "tried_arbitration",
            "labour_issue");

    /** One article of one law, e.g. Civil Procedure Law Article 165. */
    record Basis(String law, Map<Language, String> article) {}

    record Deadline(String id, Map<Language, String> text, List<Basis> basis) {}

    record Rule(
            String id,
            Map<Language, String> path,
            Map<String, List<String>> when,
            Map<String, List<String>> unless,
            List<Basis> basis,
            Map<Language, String> why,
            Map<Language, List<String>> prepare,
            List<String> deadlines,
            List<String> guides,
            List<Map<String, String>> examples,
            List<Map<String, String>> counterExamples) {

        /** Every {@code when} fact has one of its values, and no {@code unless} fact has one of its. */
        boolean fires(Map<String, String> facts) {
            boolean required =
                    when.entrySet().stream().allMatch(e -> e.getValue().contains(facts.getOrDefault(e.getKey(), "")));
            boolean excluded =
                    unless.entrySet().stream().anyMatch(e -> e.getValue().contains(facts.getOrDefault(e.getKey(), "")));
            return required && !excluded;
        }
    }

    private final String source;
    private final Map<String, Map<Language, String>> laws;
    private final Map<String, Map<Language, String>> guides;
    private final Map<String, Deadline> deadlines;
    private final List<Rule> rules;

    private TriageRules(
            String source,
            Map<String, Map<Language, String>> laws,
            Map<String, Map<Language, String>> guides,
            Map<String, Deadline> deadlines,
            List<Rule> rules) {
        this.source = source;
        this.laws = laws;
        this.guides = guides;
        this.deadlines = deadlines;
        this.rules = List.copyOf(rules);
    }

    static TriageRules load(DataFiles.Loaded loaded) {
        Map<?, ?> root = loaded.root();
        String where = "Triage rules " + loaded.source();
        List<String> problems = new ArrayList<>();
        Map<String, Map<Language, String>> laws = new LinkedHashMap<>();
        DataFiles.map(root.get("laws"), where + " laws")
                .forEach((id, v) -> laws.put(String.valueOf(id), DataFiles.texts(v, where + " law " + id)));
        Map<String, Map<Language, String>> guides = new LinkedHashMap<>();
        DataFiles.map(root.get("guides"), where + " guides")
                .forEach((id, v) -> guides.put(String.valueOf(id), DataFiles.texts(v, where + " guide " + id)));
        Map<String, Deadline> deadlines = new LinkedHashMap<>();
        DataFiles.map(root.get("deadlines"), where + " deadlines").forEach((id, v) -> {
            Map<?, ?> d = DataFiles.map(v, where + " deadline " + id);
            deadlines.put(
                    String.valueOf(id),
                    new Deadline(
                            String.valueOf(id),
                            DataFiles.texts(d, where + " deadline " + id),
                            basis(d.get("basis"), laws, where + " deadline " + id, problems)));
        });
        List<Rule> rules = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Object o : DataFiles.list(root.get("rules"), where + " rules")) {
            Map<?, ?> r = DataFiles.map(o, where + " rule");
            String id = DataFiles.required(r, "id", where + " rule");
            String what = where + " rule " + id;
            if (ids.contains(id)) {
                problems.add(what + ": duplicate id");
            }
            ids.add(id);
            Rule rule = new Rule(
                    id,
                    DataFiles.texts(r.get("path"), what + " path"),
                    conditions(r.get("when"), what + " when", problems),
                    conditions(r.get("unless"), what + " unless", problems),
                    basis(r.get("basis"), laws, what, problems),
                    DataFiles.texts(r.get("why"), what + " why"),
                    DataFiles.textLists(r.get("prepare"), what + " prepare"),
                    words(r.get("deadlines"), what),
                    words(r.get("guides"), what),
                    examples(r.get("examples"), what, problems),
                    examples(r.get("counter_examples"), what, problems));
            if (rule.when().isEmpty()) {
                problems.add(what + ": 'when' is empty, the rule would fire for everyone");
            }
            if (rule.basis().isEmpty()) {
                problems.add(what + ": no legal basis");
            }
            if (rule.examples().isEmpty() || rule.counterExamples().isEmpty()) {
                problems.add(what + ": needs examples and counter_examples");
            }
            rule.deadlines().stream()
                    .filter(d -> !deadlines.containsKey(d))
                    .forEach(d -> problems.add(what + ": unknown deadline " + d));
            rule.guides().stream()
                    .filter(g -> !guides.containsKey(g))
                    .forEach(g -> problems.add(what + ": unknown guide " + g));
            rules.add(rule);
        }
        if (rules.isEmpty()) {
            problems.add(where + ": no rules");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(where + " have problems:\n- " + String.join("\n- ", problems));
        }
        return new TriageRules(loaded.source(), laws, guides, deadlines, rules);
    }

    private static List<Basis> basis(
            Object value, Map<String, Map<Language, String>> laws, String what, List<String> problems) {
        List<Basis> result = new ArrayList<>();
        for (Object o : DataFiles.list(value, what + " basis")) {
            Map<?, ?> b = DataFiles.map(o, what + " basis");
            String law = DataFiles.word(b.get("law"));
            if (!laws.containsKey(law)) {
                problems.add(what + ": unknown law '" + law + "'");
            }
            result.add(new Basis(law, DataFiles.texts(b, what + " basis")));
        }
        return result;
    }

    private static Map<String, List<String>> conditions(Object value, String what, List<String> problems) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (value == null) {
            return result;
        }
        DataFiles.map(value, what).forEach((fact, values) -> {
            if (!FACTS.contains(String.valueOf(fact))) {
                problems.add(what + ": unknown fact '" + fact + "'");
            }
            result.put(
                    String.valueOf(fact),
                    DataFiles.list(values, what + " " + fact).stream()
                            .map(DataFiles::word)
                            .toList());
        });
        return result;
    }

    private static List<Map<String, String>> examples(Object value, String what, List<String> problems) {
        List<Map<String, String>> result = new ArrayList<>();
        for (Object o : DataFiles.list(value, what + " examples")) {
            Map<String, String> facts = new LinkedHashMap<>();
            DataFiles.map(o, what + " example").forEach((k, v) -> {
                if (!FACTS.contains(String.valueOf(k))) {
                    problems.add(what + ": example names unknown fact '" + k + "'");
                }
                facts.put(String.valueOf(k), DataFiles.word(v));
            });
            result.add(facts);
        }
        return result;
    }

    private static List<String> words(Object value, String what) {
        return DataFiles.list(value, what).stream().map(DataFiles::word).toList();
    }

    String source() {
        return source;
    }

    List<Rule> rules() {
        return rules;
    }

    Deadline deadline(String id) {
        return deadlines.get(id);
    }

    String law(String id, Language language) {
        return laws.get(id).get(language);
    }

    String guideTitle(String id, Language language) {
        return guides.get(id).get(language);
    }

    /** "《中华人民共和国民事诉讼法》第一百六十五条" or "Civil Procedure Law, Article 165". */
    String cite(Basis basis, Language language) {
        String law = law(basis.law(), language);
        return language == Language.ZH
                ? law + basis.article().get(language)
                : law + ", " + basis.article().get(language);
    }
}
