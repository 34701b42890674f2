package org.courtguide.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every visible string, in {@code messages/msg_en.properties} and {@code messages/msg_zh.properties}. Templates use
 * {@code {msg:key}}; Java code gets a localized instance from {@link Localizer}.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {

    @Message
    String app_name();

    @Message
    String app_tagline();

    @Message
    String skip_to_content();

    @Message
    String nav_ask();

    @Message
    String nav_guides();

    @Message
    String nav_main();

    @Message
    String language_switch();

    @Message
    String language_other_name();

    @Message
    String footer_notice();

    @Message
    String nav_utility();

    @Message
    String nav_contact();

    @Message
    String nav_help();

    @Message
    String mode_to_accessible();

    @Message
    String mode_to_standard();

    @Message
    String exit_label();

    @Message
    String exit_label_other();

    @Message
    String ask_heading();

    @Message
    String ask_intro();

    @Message
    String ask_label();

    @Message
    String ask_hint(int max);

    @Message
    String ask_submit();

    @Message
    String ask_working();

    @Message
    String ask_examples();

    @Message
    String ask_example_1();

    @Message
    String ask_example_2();

    @Message
    String ask_example_3();

    @Message
    String ask_your_question();

    @Message
    String jump_latest();

    @Message
    String transcript_label();

    @Message
    String answer_heading();
    /** Heads the call links shown before anything else in a crisis reply. */
    @Message
    String crisis_call_heading();

    @Message
    String answer_sources();

    @Message
    String answer_source_n(int n);

    @Message
    String answer_notice();

    @Message
    String answer_from_section(String title, String section);

    @Message
    String answer_see_also(String sections);

    @Message
    String answer_issued_by(String issuer, String date);

    @Message
    String answer_reviewed_by(String reviewer, String date);

    @Message
    String answer_you_asked();

    @Message
    String answer_glossary();

    @Message
    String read_aloud();

    @Message
    String read_aloud_stop();

    @Message
    String plain_from_guide(String title);

    @Message
    String plain_more(String label);

    @Message
    String plain_abstain_1();

    @Message
    String plain_abstain_2();

    @Message
    String plain_abstain_3();

    @Message
    String abstain_text();

    @Message
    String abstain_contacts();

    @Message
    String abstain_contact_centre();

    @Message
    String abstain_contact_hotline();

    @Message
    String abstain_closest();

    @Message
    String guides_heading();

    @Message
    String guides_intro();

    @Message
    String guide_meta_issuer();

    @Message
    String guide_meta_published();

    @Message
    String guide_meta_effective();

    @Message
    String guide_meta_validity();

    @Message
    String guide_meta_law();

    @Message
    String guide_meta_source();

    @Message
    String guide_meta_cites();

    @Message
    String guide_meta_reviewed();

    @Message
    String laws_heading();

    @Message
    String laws_intro();

    @Message
    String laws_to_guides();

    @Message
    String laws_search_label();

    @Message
    String laws_all();

    @Message
    String laws_back();

    @Message
    String law_effective(String date);

    @Message
    String law_meta_title_zh();

    @Message
    String law_meta_version();

    @Message
    String law_meta_source();

    @Message
    String law_notice();

    @Message
    String guides_to_laws();

    @Message
    String disclosure_laws_heading();

    @Message
    String disclosure_laws_caption();

    @Message
    String guide_contents();

    @Message
    String guide_not_in_force();

    @Message
    String validity_valid();

    @Message
    String validity_repealed();

    @Message
    String validity_superseded();

    @Message
    String guide_other_language();

    @Message
    String guide_in_short();

    @Message
    String guide_glossary();

    @Message
    String contact_heading();

    @Message
    String contact_intro();

    @Message
    String contact_danger();

    @Message
    String contact_centre_name();

    @Message
    String contact_centre_text();

    @Message
    String contact_hotline_name();

    @Message
    String contact_hotline_text();

    @Message
    String contact_legal_aid_name();

    @Message
    String contact_legal_aid_text();

    @Message
    String contact_mediation_name();

    @Message
    String contact_mediation_text();

    @Message
    String contact_call(String number);

    @Message
    String help_heading();

    @Message
    String help_intro();

    @Message
    String help_contents();

    @Message
    String help_ask_heading();

    @Message
    String help_ask_text();

    @Message
    String help_sources_heading();

    @Message
    String help_sources_text();

    @Message
    String help_mode_heading();

    @Message
    String help_mode_text();

    @Message
    String help_mode_link();

    @Message
    String help_keyboard_heading();

    @Message
    String help_keyboard_text();

    @Message
    String help_exit_heading();

    @Message
    String help_exit_what();

    @Message
    String help_exit_shortcut();

    @Message
    String help_exit_landing();

    @Message
    String help_exit_not_history();

    @Message
    String help_exit_private_heading();

    @Message
    String help_exit_private_desktop();

    @Message
    String help_exit_private_phone();

    @Message
    String help_exit_clear_history();

    @Message
    String help_talk();

    @Message
    String left_title();

    @Message
    String error_heading();

    @Message
    String error_empty();

    @Message
    String error_too_long(int max);

    @Message
    String error_malformed();

    @Message
    String error_content_type();

    @Message
    String error_not_found();

    @Message
    String error_internal();

    @Message
    String error_back();

    @Message
    String left_intro();

    @Message
    String left_ingredients();

    @Message
    String left_method();

    @Message
    String feedback_unknown();

    @Message
    String feedback_thanks_heading();

    @Message
    String feedback_thanks_text();

    @Message
    String feedback_thanks_reported();

    @Message
    String disclosure_heading();

    @Message
    String disclosure_intro();

    @Message
    String disclosure_what_heading();

    @Message
    String disclosure_what_text();

    @Message
    String disclosure_operator(String operator);

    @Message
    String disclosure_can_heading();

    @Message
    String disclosure_can_1();

    @Message
    String disclosure_can_2();

    @Message
    String disclosure_can_3();

    @Message
    String disclosure_cannot_heading();

    @Message
    String disclosure_cannot_1();

    @Message
    String disclosure_cannot_2();

    @Message
    String disclosure_cannot_3();

    @Message
    String disclosure_how_heading();

    @Message
    String disclosure_how_text();
    /** Shown only with a model configured. */
    @Message
    String disclosure_intake_suggestions();

    @Message
    String disclosure_answers_by_quote();

    @Message
    String disclosure_answers_by_model();

    @Message
    String disclosure_answerer();

    @Message
    String disclosure_knowledge_version();

    @Message
    String disclosure_indexed_at();

    @Message
    String disclosure_indexed_chunks();

    @Message
    String disclosure_performance_heading();

    @Message
    String disclosure_plain_answers_intro(String date, int questions);

    @Message
    String disclosure_plain_answered(String share);

    @Message
    String disclosure_plain_declined(String share);

    @Message
    String disclosure_plain_expected(String share);

    @Message
    String disclosure_plain_search(String date, int questions, String share);

    @Message
    String disclosure_plain_caution();

    @Message
    String disclosure_share_all();

    @Message
    String disclosure_share_nearly_all();

    @Message
    String disclosure_share_about(int n);

    @Message
    String disclosure_share_few();

    @Message
    String disclosure_technical_summary();

    @Message
    String disclosure_technical_intro(String zone);

    @Message
    String disclosure_retrieval_text(int questions, long chunks, String date);

    @Message
    String disclosure_retrieval_caption();

    @Message
    String disclosure_measure();

    @Message
    String disclosure_value();

    @Message
    String disclosure_recall5();

    @Message
    String disclosure_recall10();

    @Message
    String disclosure_mrr();

    @Message
    String disclosure_latency();

    @Message
    String disclosure_baseline();

    @Message
    String disclosure_not_measured();

    @Message
    String disclosure_answers_text(int questions, String date);

    @Message
    String disclosure_answers_caption();

    @Message
    String disclosure_answered();

    @Message
    String disclosure_abstained();

    @Message
    String disclosure_citations();

    @Message
    String disclosure_expected_guide();

    @Message
    String disclosure_limits_heading();

    @Message
    String disclosure_limit_1();

    @Message
    String disclosure_limit_2();

    @Message
    String disclosure_limit_3();

    @Message
    String disclosure_limit_4();

    @Message
    String disclosure_data_heading();

    @Message
    String disclosure_data_1();

    @Message
    String disclosure_data_2(int days);

    @Message
    String disclosure_data_3();

    @Message
    String disclosure_data_4();

    @Message
    String disclosure_report_heading();

    @Message
    String disclosure_report_text();

    @Message
    String disclosure_report_contact(String contact);

    @Message
    String disclosure_sources_heading();

    @Message
    String disclosure_sources_caption();

    @Message
    String disclosure_source_title();

    @Message
    String disclosure_last_updated(String date);

    @Message
    String library_search_label();

    @Message
    String library_search_submit();

    @Message
    String library_results(String query);

    @Message
    String library_no_results();

    @Message
    String library_all();

    @Message
    String error_mode();

    @Message
    String answer_trace(String reference);

    @Message
    String feedback_question();

    @Message
    String feedback_yes();

    @Message
    String feedback_no();

    @Message
    String feedback_report();

    @Message
    String feedback_reason();

    @Message
    String feedback_report_send();

    @Message
    String notice_heading();

    @Message
    String notice_text();

    @Message
    String notice_more();

    @Message
    String notice_ok();

    @Message
    String choices_label();

    @Message
    String choice_assistant();

    @Message
    String choice_library();

    @Message
    String choice_person();

    @Message
    String choice_back_to_assistant();
}
