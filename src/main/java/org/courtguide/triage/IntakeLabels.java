package org.courtguide.triage;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import org.courtguide.Language;

/** The words shown for each field and each choice, from the intake's message bundle. */
final class IntakeLabels {

    private final TriageMessages m;
    private final AverageWages wages;
    private final Language language;

    IntakeLabels(TriageMessages m, AverageWages wages, Language language) {
        this.m = m;
        this.wages = wages;
        this.language = language;
    }

    Language language() {
        return language;
    }

    TriageMessages messages() {
        return m;
    }

    /** The question a field asks, as its label or legend. */
    String question(String field) {
        return switch (field) {
            case Intake.TYPE -> m.type_legend();
            case Intake.DESCRIPTION -> m.description_label();
            case Intake.OTHER_PARTY -> m.other_party_legend();
            case Intake.LABOUR_ISSUE -> m.labour_issue_legend();
            case Intake.OTHER_NAME -> m.other_name_label();
            case Intake.AMOUNT -> m.amount_label();
            case Intake.PROVINCE -> m.province_label();
            case Intake.WHEN -> m.when_label();
            case Intake.TRIED -> m.tried_legend();
            case Intake.DEBT -> m.debt_legend();
            case Intake.FACTS -> m.facts_legend();
            case Intake.URGENCY -> m.urgency_legend();
            case Intake.NEEDS -> m.needs_legend();
            case Intake.INTERPRETER_LANGUAGE -> m.interpreter_language_label();
            case Intake.CONTACT -> m.contact_legend();
            case Intake.CONTACT_DETAIL -> m.contact_detail_label();
            case Intake.NAME -> m.name_label();
            case Intake.REDACT -> m.summary_choice_legend();
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** The short name of a field in the summary. */
    String summaryLabel(String field) {
        return switch (field) {
            case Intake.TYPE -> m.label_type();
            case Intake.DESCRIPTION -> m.label_description();
            case Intake.OTHER_PARTY -> m.label_other_party();
            case Intake.LABOUR_ISSUE -> m.label_labour_issue();
            case Intake.OTHER_NAME -> m.label_other_name();
            case Intake.AMOUNT -> m.label_amount();
            case Intake.PROVINCE -> m.label_province();
            case Intake.WHEN -> m.label_when();
            case Intake.TRIED -> m.label_tried();
            case Intake.DEBT -> m.label_debt();
            case Intake.FACTS -> m.label_facts();
            case Intake.URGENCY -> m.label_urgency();
            case Intake.NEEDS -> m.label_needs();
            case Intake.INTERPRETER_LANGUAGE -> m.label_interpreter_language();
            case Intake.CONTACT -> m.label_contact();
            case Intake.CONTACT_DETAIL -> m.label_contact_detail();
            case Intake.NAME -> m.label_name();
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** The words of one choice of a field. */
    String choice(String field, String value) {
        if (field.equals(Intake.WHEN_MONTH)) {
            return monthName(Integer.parseInt(value));
        }
        if (field.equals(Intake.PROVINCE)) {
            return IntakeValidator.UNKNOWN_PROVINCE.equals(value)
                    ? m.province_unknown()
                    : wages.name(value, language).orElse(value);
        }
        return switch (field + "." + value) {
            case "type.family" -> m.type_family();
            case "type.neighbours" -> m.type_neighbours();
            case "type.loans" -> m.type_loans();
            case "type.labour" -> m.type_labour();
            case "type.consumer" -> m.type_consumer();
            case "type.tenancy" -> m.type_tenancy();
            case "type.property_management" -> m.type_property_management();
            case "type.traffic_accident" -> m.type_traffic_accident();
            case "type.contract" -> m.type_contract();
            case "type.other" -> m.type_other();
            case "other_party.individual" -> m.other_party_individual();
            case "other_party.company" -> m.other_party_company();
            case "other_party.employer" -> m.other_party_employer();
            case "other_party.government" -> m.other_party_government();
            case "labour_issue.wages" -> m.labour_issue_wages();
            case "labour_issue.dismissal" -> m.labour_issue_dismissal();
            case "labour_issue.injury" -> m.labour_issue_injury();
            case "labour_issue.other" -> m.labour_issue_other();
            case "tried.talked" -> m.tried_talked();
            case "tried.mediation" -> m.tried_mediation();
            case "tried.mediation_agreement" -> m.tried_mediation_agreement();
            case "tried.arbitration" -> m.tried_arbitration();
            case "tried.complaint" -> m.tried_complaint();
            case "debt.yes" -> m.debt_yes();
            case "debt.no" -> m.debt_no();
            case "debt.unsure" -> m.debt_unsure();
            case "facts.yes" -> m.facts_yes();
            case "facts.no" -> m.facts_no();
            case "facts.unsure" -> m.facts_unsure();
            case "urgency.normal" -> m.urgency_normal();
            case "urgency.urgent" -> m.urgency_urgent();
            case "urgency.safety" -> m.urgency_safety();
            case "needs.interpreter" -> m.needs_interpreter();
            case "needs.accessibility" -> m.needs_accessibility();
            case "needs.legal_aid" -> m.needs_legal_aid();
            case "contact.phone" -> m.contact_phone();
            case "contact.email" -> m.contact_email();
            case "contact.none" -> m.contact_none();
            case "redact.no" -> m.summary_as_written();
            case "redact.yes" -> m.summary_redacted();
            default -> value;
        };
    }

    /** "3月" or "March". */
    private String monthName(int month) {
        return language == Language.ZH ? month + "月" : Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** A {@code YYYY-MM} answer as people read it: "2025年3月" or "March 2025"; anything else as it is. */
    String yearMonth(String value) {
        int dash = value.lastIndexOf('-');
        String month = dash < 0 ? "" : value.substring(dash + 1);
        if (!month.matches("0[1-9]|1[0-2]")) {
            return value;
        }
        String year = value.substring(0, dash);
        return language == Language.ZH
                ? year + "年" + monthName(Integer.parseInt(month))
                : monthName(Integer.parseInt(month)) + " " + year;
    }

    String stepTitle(IntakeStep step) {
        return switch (step) {
            case DISPUTE -> m.step_dispute();
            case PARTIES -> m.step_parties();
            case HISTORY -> m.step_history();
            case NEEDS -> m.step_needs();
            case REVIEW -> m.step_review();
        };
    }
}
