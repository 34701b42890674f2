package org.courtguide.staff;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The staff workspace's strings, in {@code messages/staff_en.properties} and {@code messages/staff_zh.properties};
 * templates use {@code {staff:key}}.
 */
@MessageBundle(value = "staff", locale = "en")
public interface StaffMessages {

    @Message String nav_label();
    @Message String nav_queue();
    @Message String nav_audit();
    @Message String nav_users();
    @Message String nav_feedback();
    @Message String signed_in_as(String name);
    @Message String sign_out();

    @Message String not_configured_title();
    @Message String not_configured_text();

    @Message String queue_title();
    @Message String queue_intro();
    @Message String queue_filter();
    @Message String filter_type();
    @Message String filter_urgency();
    @Message String filter_waiting();
    @Message String filter_any();
    @Message String filter_closed();
    @Message String filter_apply();
    @Message String waiting_1();
    @Message String waiting_3();
    @Message String waiting_7();
    @Message String waiting_30();
    @Message String queue_caption(int count);
    @Message String queue_empty();
    @Message String col_reference();
    @Message String col_type();
    @Message String col_urgency();
    @Message String col_status();
    @Message String col_assigned();
    @Message String col_received();
    @Message String col_waiting();
    @Message String waiting_days(long days);
    @Message String unassigned();

    @Message String urgency_normal();
    @Message String urgency_urgent();
    @Message String urgency_safety();
    @Message String status_new();
    @Message String status_contacted();
    @Message String status_in_mediation();
    @Message String status_resolved();
    @Message String status_referred_to_court();
    @Message String status_closed();

    @Message String case_title(String reference);
    @Message String case_details();
    @Message String case_language();
    @Message String case_path();
    @Message String case_summary();
    @Message String case_updated();
    @Message String case_assign();
    @Message String case_assigned_to_you();
    @Message String case_take_over(String name);
    @Message String case_status_change();
    @Message String case_status_label();
    @Message String case_status_submit();
    @Message String case_status_final();
    @Message String case_notes();
    @Message String case_no_notes();
    @Message String case_note_label();
    @Message String case_note_hint(int max);
    @Message String case_note_submit();
    @Message String case_note_by(String author, String when);
    @Message String case_history();
    @Message String case_back();

    @Message String done_assigned();
    @Message String done_status();
    @Message String done_note();
    @Message String conflict();
    @Message String transition_not_allowed(String from, String to);
    @Message String note_empty();
    @Message String note_too_long(int max);
    @Message String forbidden();
    @Message String api_token_required();

    @Message String audit_title();
    @Message String audit_intro();
    @Message String audit_caption(int count);
    @Message String col_when();
    @Message String col_who();
    @Message String col_action();
    @Message String col_subject();
    @Message String col_detail();
    @Message String action_view_case();
    @Message String action_assign();
    @Message String action_change_status();
    @Message String action_add_note();
    @Message String action_review_feedback();

    @Message String users_title();
    @Message String users_intro();
    @Message String users_role(String role);
    @Message String users_none();
    @Message String users_unavailable();
    @Message String users_console();
    @Message String col_username();
    @Message String col_name();
    @Message String col_email();
    @Message String col_enabled();
    @Message String yes();
    @Message String no();

    @Message String feedback_title();
    @Message String feedback_intro();
    @Message String feedback_caption(int count);
    @Message String feedback_empty();
    @Message String col_reason();
    @Message String col_trace();
    @Message String feedback_mark_reviewed();
    @Message String done_reviewed();
}
