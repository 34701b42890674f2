package org.courtguide.staff;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The staff workspace's strings, in {@code messages/staff_en.properties} and {@code messages/staff_zh.properties};
 * templates use {@code {staff:key}}.
 */
@MessageBundle(value = "staff", locale = "en")
public interface StaffMessages {

    @Message
    String nav_label();

    @Message
    String nav_queue();

    @Message
    String nav_audit();

    @Message
    String nav_users();

    @Message
    String nav_feedback();

    @Message
    String signed_in_as(String name);

    @Message
    String sign_out();

    @Message
    String times_in_zone(String zone);

    @Message
    String not_configured_title();

    @Message
    String not_configured_text();

    @Message
    String queue_title();

    @Message
    String queue_intro();

    @Message
    String queue_filter();

    @Message
    String filter_type();

    @Message
    String filter_urgency();

    @Message
    String filter_waiting();

    @Message
    String filter_any();

    @Message
    String filter_closed();

    @Message
    String filter_apply();

    @Message
    String filter_search();

    @Message
    String filter_search_hint();

    @Message
    String filter_scope();

    @Message
    String scope_all();

    @Message
    String scope_mine();

    @Message
    String scope_unassigned();

    @Message
    String filter_overdue();

    @Message
    String filter_sort();

    @Message
    String filter_descending();

    @Message
    String sort_priority();

    @Message
    String waiting_1();

    @Message
    String waiting_3();

    @Message
    String waiting_7();

    @Message
    String waiting_30();

    @Message
    String queue_caption(long total, int page, int pages);

    @Message
    String pages_label();

    @Message
    String page_previous();

    @Message
    String page_next();

    @Message
    String next_case();

    @Message
    String next_none();

    @Message
    String withdrawn_notices();

    @Message
    String withdrawn_notice(String reference, String when);

    @Message
    String taken_over_notices();

    @Message
    String taken_over_notice(String reference, String by, String when);

    @Message
    String withdrawn_title(String reference);

    @Message
    String withdrawn_text(String when);

    @Message
    String withdrawn_kept();

    @Message
    String queue_empty();

    @Message
    String col_reference();

    @Message
    String col_type();

    @Message
    String col_urgency();

    @Message
    String col_status();

    @Message
    String col_assigned();

    @Message
    String col_received();

    @Message
    String col_waiting();

    @Message
    String col_due();

    @Message
    String overdue();

    @Message
    String waiting_under_hour();

    @Message
    String waiting_hours(long hours);

    @Message
    String waiting_days_hours(long days, long hours);

    @Message
    String unassigned();

    @Message
    String urgency_normal();

    @Message
    String urgency_urgent();

    @Message
    String urgency_safety();

    @Message
    String status_new();

    @Message
    String status_contacted();

    @Message
    String status_in_mediation();

    @Message
    String status_resolved();

    @Message
    String status_referred_to_court();

    @Message
    String status_closed();

    @Message
    String case_title(String reference);

    @Message
    String case_details();

    @Message
    String case_language();

    @Message
    String case_path();

    @Message
    String case_summary();

    @Message
    String case_contact();

    @Message
    String case_safety_protocol();

    @Message
    String case_due(String when);

    @Message
    String case_overdue(String when);

    @Message
    String case_redaction();

    @Message
    String summary_redacted();

    @Message
    String summary_as_written();

    @Message
    String case_unassign();

    @Message
    String case_contacts();

    @Message
    String case_no_contacts();

    @Message
    String contact_legend();

    @Message
    String contact_channel();

    @Message
    String contact_outcome();

    @Message
    String contact_next_action();

    @Message
    String contact_follow_up();

    @Message
    String contact_follow_up_hint();

    @Message
    String contact_submit();

    @Message
    String channel_phone();

    @Message
    String channel_sms();

    @Message
    String channel_email();

    @Message
    String channel_letter();

    @Message
    String channel_in_person();

    @Message
    String outcome_reached();

    @Message
    String outcome_no_answer();

    @Message
    String outcome_left_message();

    @Message
    String outcome_wrong_details();

    @Message
    String outcome_declined();

    @Message
    String col_channel();

    @Message
    String col_outcome();

    @Message
    String col_next_action();

    @Message
    String col_follow_up();

    @Message
    String case_updated();

    @Message
    String case_assign();

    @Message
    String case_assigned_to_you();

    @Message
    String case_take_over(String name);

    @Message
    String case_status_change();

    @Message
    String case_status_label();

    @Message
    String case_status_submit();

    @Message
    String case_status_final();

    @Message
    String case_notes();

    @Message
    String case_no_notes();

    @Message
    String case_note_label();

    @Message
    String case_note_hint(int max);

    @Message
    String case_note_submit();

    @Message
    String case_note_by(String author, String when);

    @Message
    String case_history();

    @Message
    String case_back();

    @Message
    String done_assigned();

    @Message
    String done_status();

    @Message
    String done_note();

    @Message
    String done_unassigned();

    @Message
    String done_contact();

    @Message
    String contact_invalid();

    @Message
    String unknown_status();

    @Message
    String invalid_waiting();

    @Message
    String invalid_page();

    @Message
    String invalid_filter();

    @Message
    String invalid_date();

    @Message
    String missing_version();

    @Message
    String conflict();

    @Message
    String transition_not_allowed(String from, String to);

    @Message
    String note_empty();

    @Message
    String note_too_long(int max);

    @Message
    String forbidden();

    @Message
    String api_token_required();

    @Message
    String audit_title();

    @Message
    String audit_intro();

    @Message
    String audit_caption(long total, int page, int pages);

    @Message
    String audit_filter();

    @Message
    String filter_actor();

    @Message
    String filter_case();

    @Message
    String filter_from();

    @Message
    String filter_to();

    @Message
    String audit_export();

    @Message
    String col_when();

    @Message
    String col_who();

    @Message
    String col_action();

    @Message
    String col_subject();

    @Message
    String col_detail();

    @Message
    String action_view_case();

    @Message
    String action_assign();

    @Message
    String action_change_status();

    @Message
    String action_add_note();

    @Message
    String action_review_feedback();

    @Message
    String action_unassign();

    @Message
    String action_log_contact();

    @Message
    String action_view_trace();

    @Message
    String action_withdrawn();

    @Message
    String action_deleted_after_retention();

    @Message
    String actor_person();

    @Message
    String actor_retention();

    @Message
    String actor_api_token();

    @Message
    String detail_taken_over(String from, String to);

    @Message
    String detail_withdrawn();

    @Message
    String users_title();

    @Message
    String users_intro();

    @Message
    String users_role(String role);

    @Message
    String users_none();

    @Message
    String users_unavailable();

    @Message
    String users_console();

    @Message
    String col_username();

    @Message
    String col_name();

    @Message
    String col_email();

    @Message
    String col_enabled();

    @Message
    String yes();

    @Message
    String no();

    @Message
    String feedback_title();

    @Message
    String feedback_intro();

    @Message
    String feedback_caption(int count);

    @Message
    String feedback_empty();

    @Message
    String col_reason();

    @Message
    String col_trace();

    @Message
    String feedback_mark_reviewed();

    @Message
    String done_reviewed();
}
