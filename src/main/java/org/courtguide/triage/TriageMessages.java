package org.courtguide.triage;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The visible strings of the dispute intake, in {@code messages/triage_en.properties} and
 * {@code messages/triage_zh.properties}. Templates use {@code {triage:key}}; Java code gets a localized instance from
 * {@link TriageText}. Kept apart from the main bundle so that the intake can change without touching it.
 */
@MessageBundle(value = "triage", locale = "en")
public interface TriageMessages {

    @Message
    String nav();

    @Message
    String start_link();

    @Message
    String ask_link();

    @Message
    String heading();

    @Message
    String intro();

    @Message
    String step_of(String n, String total);

    @Message
    String step_dispute();

    @Message
    String step_parties();

    @Message
    String step_history();

    @Message
    String step_needs();

    @Message
    String step_review();

    @Message
    String next();

    @Message
    String back();

    @Message
    String optional();

    @Message
    String error_summary();

    @Message
    String title_error(String title);

    @Message
    String err_type();

    @Message
    String err_other_party();

    @Message
    String err_amount();

    @Message
    String err_province();

    @Message
    String err_when_future();

    @Message
    String err_when_year();

    @Message
    String err_when_month();

    @Message
    String err_facts();

    @Message
    String err_urgency();

    @Message
    String err_contact();

    @Message
    String err_contact_phone_missing();

    @Message
    String err_contact_phone_invalid();

    @Message
    String err_contact_email_missing();

    @Message
    String err_contact_email_invalid();

    @Message
    String err_too_long(String max);

    @Message
    String err_consent();

    @Message
    String err_unavailable();

    @Message
    String unavailable_heading();

    @Message
    String type_legend();

    @Message
    String type_family();

    @Message
    String type_neighbours();

    @Message
    String type_loans();

    @Message
    String type_labour();

    @Message
    String type_consumer();

    @Message
    String type_tenancy();

    @Message
    String type_property_management();

    @Message
    String type_traffic_accident();

    @Message
    String type_contract();

    @Message
    String type_other();

    @Message
    String description_label();

    @Message
    String description_hint();

    @Message
    String other_party_legend();

    @Message
    String other_party_individual();

    @Message
    String other_party_company();

    @Message
    String other_party_employer();

    @Message
    String other_party_government();

    @Message
    String labour_issue_legend();

    @Message
    String labour_issue_wages();

    @Message
    String labour_issue_dismissal();

    @Message
    String labour_issue_injury();

    @Message
    String labour_issue_other();

    @Message
    String other_name_label();

    @Message
    String amount_label();

    @Message
    String amount_hint();

    @Message
    String amount_read(String words, String amount);

    @Message
    String province_label();

    @Message
    String province_choose();

    @Message
    String province_unknown();

    @Message
    String when_label();

    @Message
    String when_hint();

    @Message
    String when_year();

    @Message
    String when_month();

    @Message
    String when_month_choose();

    @Message
    String tried_legend();

    @Message
    String tried_talked();

    @Message
    String tried_mediation();

    @Message
    String tried_mediation_agreement();

    @Message
    String tried_arbitration();

    @Message
    String tried_complaint();

    @Message
    String debt_legend();

    @Message
    String debt_yes();

    @Message
    String debt_no();

    @Message
    String debt_unsure();

    @Message
    String facts_legend();

    @Message
    String facts_yes();

    @Message
    String facts_no();

    @Message
    String facts_unsure();

    @Message
    String urgency_legend();

    @Message
    String urgency_normal();

    @Message
    String urgency_urgent();

    @Message
    String urgency_safety();

    @Message
    String safety_note();

    @Message
    String needs_legend();

    @Message
    String needs_interpreter();

    @Message
    String needs_accessibility();

    @Message
    String needs_legal_aid();

    @Message
    String interpreter_language_label();

    @Message
    String contact_legend();

    @Message
    String contact_phone();

    @Message
    String contact_email();

    @Message
    String contact_none();

    @Message
    String contact_detail_label();

    @Message
    String name_label();

    @Message
    String guidance_label();

    @Message
    String suggested_heading();

    @Message
    String also_heading();

    @Message
    String why_heading();

    @Message
    String basis_label();

    @Message
    String deadlines_heading();

    @Message
    String prepare_heading();

    @Message
    String guides_heading();

    @Message
    String fees_heading();

    @Message
    String costs_heading();

    @Message
    String fee_full(String amount, String fee);

    @Message
    String fee_simplified(String fee);

    @Message
    String fee_mediation(String fee);

    @Message
    String fee_payment_order(String fee);

    @Message
    String fee_note();

    @Message
    String fee_none();

    @Message
    String threshold_known(String province, String threshold, String percent, String year);

    @Message
    String threshold_unknown(String province);

    @Message
    String contacts_heading();

    @Message
    String summary_heading();

    @Message
    String summary_choice_legend();

    @Message
    String summary_as_written();

    @Message
    String summary_redacted();

    @Message
    String summary_update();

    @Message
    String summary_sent_heading();

    @Message
    String consent_heading();

    @Message
    String nothing_stored();

    @Message
    String consent_label();

    @Message
    String send();

    @Message
    String label_type();

    @Message
    String label_description();

    @Message
    String label_other_party();

    @Message
    String label_labour_issue();

    @Message
    String label_other_name();

    @Message
    String label_amount();

    @Message
    String label_province();

    @Message
    String label_when();

    @Message
    String label_tried();

    @Message
    String label_debt();

    @Message
    String label_facts();

    @Message
    String label_urgency();

    @Message
    String label_needs();

    @Message
    String label_interpreter_language();

    @Message
    String label_contact();

    @Message
    String label_contact_detail();

    @Message
    String label_name();

    @Message
    String label_path();

    @Message
    String not_given();

    @Message
    String done_heading();

    @Message
    String done_reference();

    @Message
    String done_secret();

    @Message
    String done_keep();

    @Message
    String done_next_phone(String days, String detail);

    @Message
    String done_next_email(String days, String detail);

    @Message
    String done_next_none();

    @Message
    String done_next_heading();

    @Message
    String done_safety();

    @Message
    String done_reach_heading();

    @Message
    String done_reach();

    @Message
    String done_reach_link();

    @Message
    String done_copy_reference();

    @Message
    String done_copy_secret();

    @Message
    String done_copied();

    @Message
    String done_print();

    @Message
    String done_sent_heading();

    @Message
    String done_withdraw();

    @Message
    String withdraw_heading();

    @Message
    String withdraw_intro();

    @Message
    String withdraw_reference();

    @Message
    String withdraw_secret();

    @Message
    String withdraw_submit();

    @Message
    String withdraw_missing();

    @Message
    String withdraw_not_found();

    @Message
    String withdrawn_heading();

    @Message
    String withdrawn_text();

    @Message
    String start_again();

    @Message
    String fee_answer_full(String amount, String fee);

    @Message
    String fee_answer_halved(String fee);

    @Message
    String fee_answer_mediation();

    @Message
    String fee_answer_note();

    @Message
    String fee_answer_section();

    @Message
    String fee_answer_halving_section();

    @Message
    String fee_labour();

    @Message
    String fee_labour_inspection();

    @Message
    String fee_wages_not_in_advance();

    @Message
    String fee_administrative();

    // suggestions from the description (only with a model configured)
    @Message
    String suggest_button();

    @Message
    String suggest_hint();

    @Message
    String suggested_mark();

    @Message
    String suggest_done(String count);

    @Message
    String suggest_ai_notice();

    @Message
    String suggest_none();

    @Message
    String suggest_need_description();
}
