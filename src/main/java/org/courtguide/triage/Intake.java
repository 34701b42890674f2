package org.courtguide.triage;

import jakarta.ws.rs.core.MultivaluedMap;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answers of the intake as the person gave them. Only known fields and only known choice values are kept, each
 * value trimmed and capped, so that whatever a form (or someone crafting one) sends, the intake holds nothing else.
 */
public record Intake(Map<String, List<String>> answers) {

    public static final String TYPE = "type";
    static final String DESCRIPTION = "description";
    public static final String OTHER_PARTY = "other_party";
    /** What a work dispute is about; asked only when the dispute is about work. */
    public static final String LABOUR_ISSUE = "labour_issue";

    static final String OTHER_NAME = "other_name";
    public static final String AMOUNT = "amount";
    public static final String PROVINCE = "province";
    /** The month the dispute started, {@code YYYY-MM}; the form asks for it as {@link #WHEN_YEAR} and {@link #WHEN_MONTH}. */
    public static final String WHEN = "when";

    static final String WHEN_YEAR = "when_year";
    static final String WHEN_MONTH = "when_month";
    public static final String TRIED = "tried";
    public static final String DEBT = "debt";
    static final String FACTS = "facts";
    public static final String URGENCY = "urgency";
    public static final String NEEDS = "needs";
    static final String INTERPRETER_LANGUAGE = "interpreter_language";
    static final String CONTACT = "contact";
    static final String CONTACT_DETAIL = "contact_detail";
    static final String NAME = "name";
    /** {@code yes} when the person chose to send the summary with personal details hidden. */
    static final String REDACT = "redact";

    static final List<String> TYPES = List.of(
            "family",
            "neighbours",
            "loans",
            "labour",
            "consumer",
            "tenancy",
            "property_management",
            "traffic_accident",
            "contract",
            "other");
    static final List<String> OTHER_PARTIES = List.of("individual", "company", "employer", "government");
    static final List<String> LABOUR_ISSUES = List.of("wages", "dismissal", "injury", "other");
    static final List<String> TRIED_OPTIONS =
            List.of("talked", "mediation", "mediation_agreement", "arbitration", "complaint");
    static final List<String> DEBT_OPTIONS = List.of("yes", "no", "unsure");
    static final List<String> FACTS_OPTIONS = List.of("yes", "no", "unsure");
    static final List<String> URGENCIES = List.of("normal", "urgent", "safety");
    static final List<String> NEEDS_OPTIONS = List.of("interpreter", "accessibility", "legal_aid");
    static final List<String> CONTACTS = List.of("phone", "email", "none");
    /** Hiding comes first and is the default: the safe choice is the one a person gets by not choosing. */
    static final List<String> REDACT_OPTIONS = List.of("yes", "no");

    /** Choice fields and their allowed values; every other field is free text. */
    private static final Map<String, List<String>> CHOICES = Map.of(
            TYPE,
            TYPES,
            OTHER_PARTY,
            OTHER_PARTIES,
            LABOUR_ISSUE,
            LABOUR_ISSUES,
            TRIED,
            TRIED_OPTIONS,
            DEBT,
            DEBT_OPTIONS,
            FACTS,
            FACTS_OPTIONS,
            URGENCY,
            URGENCIES,
            NEEDS,
            NEEDS_OPTIONS,
            CONTACT,
            CONTACTS,
            REDACT,
            REDACT_OPTIONS);

    private static final List<String> MULTIPLE = List.of(TRIED, NEEDS);
    static final List<String> FIELDS = List.of(
            TYPE,
            DESCRIPTION,
            OTHER_PARTY,
            LABOUR_ISSUE,
            OTHER_NAME,
            AMOUNT,
            PROVINCE,
            WHEN,
            TRIED,
            DEBT,
            FACTS,
            URGENCY,
            NEEDS,
            INTERPRETER_LANGUAGE,
            CONTACT,
            CONTACT_DETAIL,
            NAME,
            REDACT);
    /** Far above any answer a form allows, so a crafted post cannot make the summary huge. */
    static final int HARD_CAP = 4000;

    public Intake {
        answers = Map.copyOf(answers);
    }

    static Intake empty() {
        return new Intake(Map.of());
    }

    /** The answers of a posted form; unknown fields and values are dropped. Province codes are checked by the caller. */
    static Intake fromForm(MultivaluedMap<String, String> form) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (String field : FIELDS) {
            List<String> values = form.get(field);
            if (values == null) {
                continue;
            }
            List<String> kept = new ArrayList<>();
            for (String raw : values) {
                String value = raw == null ? "" : raw.strip();
                if (value.length() > HARD_CAP) {
                    value = value.substring(0, HARD_CAP);
                }
                boolean allowed =
                        !CHOICES.containsKey(field) || CHOICES.get(field).contains(value);
                if (!value.isEmpty() && allowed && !kept.contains(value)) {
                    kept.add(value);
                }
            }
            if (!kept.isEmpty()) {
                answers.put(field, MULTIPLE.contains(field) ? List.copyOf(kept) : List.of(kept.get(0)));
            }
        }
        // the date step sends the year and the month apart; they are one answer, checked as one
        String year = Normalizer.normalize(first(form, WHEN_YEAR), Normalizer.Form.NFKC)
                .strip();
        String month = first(form, WHEN_MONTH).strip();
        if (!year.isEmpty() || !month.isEmpty()) {
            answers.put(
                    WHEN,
                    List.of(year.substring(0, Math.min(year.length(), 10)) + "-"
                            + month.substring(0, Math.min(month.length(), 2))));
        }
        return new Intake(answers);
    }

    private static String first(MultivaluedMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value;
    }

    /** Whether {@code value} is allowed for {@code field}: any value of a free-text field, a listed one of a choice. */
    static boolean allows(String field, String value) {
        return FIELDS.contains(field)
                && (!CHOICES.containsKey(field) || CHOICES.get(field).contains(value));
    }

    static boolean multiple(String field) {
        return MULTIPLE.contains(field);
    }

    /** The single answer of a field, or empty. */
    Optional<String> one(String field) {
        List<String> values = answers.get(field);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    String text(String field) {
        return one(field).orElse("");
    }

    List<String> all(String field) {
        return answers.getOrDefault(field, List.of());
    }

    boolean has(String field, String value) {
        return all(field).contains(value);
    }

    /** Personal details are hidden unless the person chose to send their words as written. */
    boolean redacted() {
        return !has(REDACT, "no");
    }

    Intake with(String field, String value) {
        Map<String, List<String>> copy = new LinkedHashMap<>(answers);
        copy.put(field, List.of(value));
        return new Intake(copy);
    }
}
