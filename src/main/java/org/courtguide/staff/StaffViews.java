package org.courtguide.staff;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.courtguide.Language;
import org.courtguide.cases.CaseStatus;
import org.courtguide.triage.TriageText;

/**
 * Turns cases and audit entries into what the staff pages print: every label already in the page's language, every
 * time already in the centre's time zone, so that templates only place values.
 */
final class StaffViews {

    /** Summary fields a mediator needs before anything else, in this order, shown apart from the rest. */
    static final List<String> CONTACT_FIELDS = List.of("name", "contact", "contact_detail");

    /** Who is signed in, for the staff navigation, and the time zone every time is in. */
    record Viewer(String name, boolean admin, String zone) {}

    /** One choice of a select. */
    record Option(String value, String label, boolean selected) {}

    /** One line of the queue. */
    record CaseRow(
            String reference,
            String href,
            String disputeType,
            String urgency,
            String status,
            String assignedTo,
            String received,
            String waiting,
            String contactDue,
            boolean overdue) {}

    /** One field of what the person sent. */
    record Field(String name, String value) {}

    record NoteLine(String byline, String body) {}

    record ContactLine(
            String when, String author, String channel, String outcome, String nextAction, String followUp) {}

    record HistoryLine(String when, String actor, String action, String detail) {}

    /** The case page. */
    record CaseView(
            String id,
            String reference,
            String disputeType,
            String urgency,
            String status,
            String language,
            String suggestedPath,
            String assignedTo,
            String received,
            String updated,
            long version,
            List<Field> contact,
            List<Field> summary,
            String redaction,
            boolean safety,
            String contactDue,
            boolean overdue,
            List<NoteLine> notes,
            List<ContactLine> contacts,
            List<HistoryLine> history,
            List<Option> nextStatuses,
            boolean assignedToViewer,
            boolean assigned,
            String assignLabel) {

        public boolean finished() {
            return nextStatuses.isEmpty();
        }
    }

    record AuditLine(String when, String actor, String action, String subject, String detail) {}

    record ReportLine(long id, String when, String traceId, String traceHref, String reason) {}

    private final StaffMessages m;
    private final Language language;
    private final DateTimeFormatter minutes;
    private final DateTimeFormatter seconds;
    private final TriageText triage;

    StaffViews(StaffMessages messages, Language language, ZoneId zone, TriageText triage) {
        this.m = messages;
        this.language = language;
        this.minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        this.seconds = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
        this.triage = triage;
    }

    String time(Instant instant) {
        return instant == null ? "" : minutes.format(instant);
    }

    /** Audit times to the second: an auditor orders events that happen within one minute. */
    String exactTime(Instant instant) {
        return instant == null ? "" : seconds.format(instant);
    }

    CaseRow row(CaseItem c, Instant now) {
        return new CaseRow(
                c.reference(),
                "/staff/cases/" + c.id(),
                disputeType(c.disputeType()),
                urgency(c.urgency()),
                status(c.status()),
                c.assignedTo() == null ? m.unassigned() : c.assignedTo(),
                time(c.createdAt()),
                waiting(Duration.between(c.createdAt(), now)),
                c.contactDue() == null ? "" : time(c.contactDue()),
                c.overdue());
    }

    /** Waiting time in hours for the first two days (a new case reads "3 h", not "0 days"), then days and hours. */
    String waiting(Duration waited) {
        long hours = Math.max(0, waited.toHours());
        if (hours < 1) {
            return m.waiting_under_hour();
        }
        if (hours < 48) {
            return m.waiting_hours(hours);
        }
        return m.waiting_days_hours(hours / 24, hours % 24);
    }

    CaseView caseView(CaseFile file, String viewer) {
        CaseItem c = file.item();
        List<Option> next = file.nextStatuses().stream()
                .map(s -> new Option(s.name(), status(s), false))
                .toList();
        boolean mine = viewer.equals(c.assignedTo());
        String assign = c.assignedTo() == null || mine ? m.case_assign() : m.case_take_over(c.assignedTo());
        Summary summary = summary(file.summary());
        return new CaseView(
                c.id(),
                c.reference(),
                disputeType(c.disputeType()),
                urgency(c.urgency()),
                status(c.status()),
                c.language(),
                c.suggestedPath(),
                c.assignedTo() == null ? m.unassigned() : c.assignedTo(),
                time(c.createdAt()),
                time(c.updatedAt()),
                c.version(),
                summary.contact(),
                summary.rest(),
                summary.redaction(),
                "safety".equals(c.urgency()),
                c.contactDue() == null ? "" : time(c.contactDue()),
                c.overdue(),
                file.notes().stream()
                        .map(n -> new NoteLine(m.case_note_by(n.author(), time(n.createdAt())), n.body()))
                        .toList(),
                file.contacts().stream()
                        .map(a -> new ContactLine(
                                time(a.createdAt()),
                                a.author(),
                                channel(a.channel()),
                                outcome(a.outcome()),
                                a.nextAction() == null ? "" : a.nextAction(),
                                a.followUp() == null ? "" : a.followUp().toString()))
                        .toList(),
                file.history().stream()
                        .map(h -> new HistoryLine(
                                time(h.at()), actor(h.actor()), action(h.action()), detail(h.action(), h.detail())))
                        .toList(),
                next,
                mine,
                c.assignedTo() != null,
                assign);
    }

    AuditLine audit(AuditLog.Entry e) {
        return new AuditLine(
                exactTime(e.at()), actor(e.actor()), action(e.action()), e.subjectId(), detail(e.action(), e.detail()));
    }

    ReportLine report(FeedbackReview.Report r) {
        return new ReportLine(
                r.id(),
                time(r.createdAt()),
                r.traceId(),
                "/api/internal/traces/" + r.traceId(),
                r.reason() == null ? "" : r.reason());
    }

    List<Option> urgencies(String selected) {
        List<Option> options = new ArrayList<>();
        for (String u : List.of("safety", "urgent", "normal")) {
            options.add(new Option(u, urgency(u), u.equals(selected)));
        }
        return options;
    }

    List<Option> disputeTypes(List<String> codes, String selected) {
        return codes.stream()
                .map(v -> new Option(v, disputeType(v), v.equals(selected)))
                .toList();
    }

    List<Option> waiting(Integer selected) {
        Map<Integer, String> labels = Map.of(1, m.waiting_1(), 3, m.waiting_3(), 7, m.waiting_7(), 30, m.waiting_30());
        return List.of(1, 3, 7, 30).stream()
                .map(d -> new Option(String.valueOf(d), labels.get(d), Objects.equals(d, selected)))
                .toList();
    }

    List<Option> scopes(QueueFilter.Scope selected) {
        return List.of(
                new Option("ALL", m.scope_all(), selected == QueueFilter.Scope.ALL),
                new Option("MINE", m.scope_mine(), selected == QueueFilter.Scope.MINE),
                new Option("UNASSIGNED", m.scope_unassigned(), selected == QueueFilter.Scope.UNASSIGNED));
    }

    List<Option> sorts(QueueFilter.Sort selected) {
        return Arrays.stream(QueueFilter.Sort.values())
                .map(s -> new Option(s.name(), sort(s), s == selected))
                .toList();
    }

    List<Option> channels() {
        return Arrays.stream(ContactAttempt.Channel.values())
                .map(c -> new Option(c.name(), channel(c), false))
                .toList();
    }

    List<Option> outcomes() {
        return Arrays.stream(ContactAttempt.Outcome.values())
                .map(o -> new Option(o.name(), outcome(o), false))
                .toList();
    }

    String disputeType(String code) {
        return code == null ? "" : triage.disputeType(language, code);
    }

    String status(CaseStatus status) {
        return switch (status) {
            case NEW -> m.status_new();
            case CONTACTED -> m.status_contacted();
            case IN_MEDIATION -> m.status_in_mediation();
            case RESOLVED -> m.status_resolved();
            case REFERRED_TO_COURT -> m.status_referred_to_court();
            case CLOSED -> m.status_closed();
        };
    }

    String urgency(String urgency) {
        return switch (urgency == null ? "" : urgency) {
            case "normal" -> m.urgency_normal();
            case "urgent" -> m.urgency_urgent();
            case "safety" -> m.urgency_safety();
            default -> urgency;
        };
    }

    String sort(QueueFilter.Sort sort) {
        return switch (sort) {
            case PRIORITY -> m.sort_priority();
            case REFERENCE -> m.col_reference();
            case TYPE -> m.col_type();
            case URGENCY -> m.col_urgency();
            case STATUS -> m.col_status();
            case ASSIGNED -> m.col_assigned();
            case RECEIVED -> m.col_received();
        };
    }

    String channel(ContactAttempt.Channel channel) {
        return switch (channel) {
            case PHONE -> m.channel_phone();
            case SMS -> m.channel_sms();
            case EMAIL -> m.channel_email();
            case LETTER -> m.channel_letter();
            case IN_PERSON -> m.channel_in_person();
        };
    }

    String outcome(ContactAttempt.Outcome outcome) {
        return switch (outcome) {
            case REACHED -> m.outcome_reached();
            case NO_ANSWER -> m.outcome_no_answer();
            case LEFT_MESSAGE -> m.outcome_left_message();
            case WRONG_DETAILS -> m.outcome_wrong_details();
            case DECLINED -> m.outcome_declined();
        };
    }

    String action(AuditEvent.Action action) {
        return switch (action) {
            case VIEW_CASE -> m.action_view_case();
            case ASSIGN -> m.action_assign();
            case UNASSIGN -> m.action_unassign();
            case CHANGE_STATUS -> m.action_change_status();
            case ADD_NOTE -> m.action_add_note();
            case LOG_CONTACT -> m.action_log_contact();
            case REVIEW_FEEDBACK -> m.action_review_feedback();
            case VIEW_TRACE -> m.action_view_trace();
            case WITHDRAWN -> m.action_withdrawn();
            case DELETED_AFTER_RETENTION -> m.action_deleted_after_retention();
        };
    }

    /** Actors that are no staff member read as who they are. */
    String actor(String actor) {
        return switch (actor == null ? "" : actor) {
            case AuditLog.PERSON -> m.actor_person();
            case AuditLog.SYSTEM -> m.actor_retention();
            case AuditLog.API_TOKEN -> m.actor_api_token();
            default -> actor;
        };
    }

    /** Status changes and take-overs are stored as {@code FROM -> TO}; staff read them in their language. */
    String detail(AuditEvent.Action action, String detail) {
        if (detail == null) {
            return "";
        }
        if (action == AuditEvent.Action.CHANGE_STATUS && detail.contains(" -> ")) {
            String[] parts = detail.split(" -> ", 2);
            try {
                return status(CaseStatus.valueOf(parts[0])) + " → " + status(CaseStatus.valueOf(parts[1]));
            } catch (IllegalArgumentException e) {
                return detail;
            }
        }
        if (action == AuditEvent.Action.ASSIGN && detail.contains(" -> ")) {
            String[] parts = detail.split(" -> ", 2);
            return m.detail_taken_over(parts[0], parts[1]);
        }
        if (action == AuditEvent.Action.WITHDRAWN) {
            return m.detail_withdrawn();
        }
        if (action == AuditEvent.Action.LOG_CONTACT && detail.contains(" ")) {
            String[] parts = detail.split(" ", 2);
            try {
                return channel(ContactAttempt.Channel.valueOf(parts[0])) + " · "
                        + outcome(ContactAttempt.Outcome.valueOf(parts[1]));
            } catch (IllegalArgumentException e) {
                return detail;
            }
        }
        return detail;
    }

    /** The summary split for the page: how to reach the person first, then the rest, and the redaction choice. */
    record Summary(List<Field> contact, List<Field> rest, String redaction) {}

    /**
     * The stored summary ({@code language}, {@code redacted}, {@code lines[]} of label and value) as labelled
     * fields. The name and the contact lines are recognised by their label in the summary's language. A flat JSON
     * object (an older form) is shown key by key; anything else as it is.
     */
    Summary summary(JsonNode summary) {
        if (summary != null && summary.path("lines").isArray()) {
            Language written = Language.parse(summary.path("language").asText()).orElse(Language.ZH);
            Map<String, Field> contact = new LinkedHashMap<>();
            List<Field> rest = new ArrayList<>();
            for (JsonNode line : summary.path("lines")) {
                Field field = new Field(
                        line.path("label").asText(), line.path("value").asText());
                String code = triage.fieldOfSummaryLabel(written, field.name()).orElse("");
                if (CONTACT_FIELDS.contains(code)) {
                    contact.put(code, field);
                } else {
                    rest.add(field);
                }
            }
            List<Field> contactInOrder = CONTACT_FIELDS.stream()
                    .filter(contact::containsKey)
                    .map(contact::get)
                    .toList();
            String redaction =
                    summary.path("redacted").asBoolean(false) ? m.summary_redacted() : m.summary_as_written();
            return new Summary(contactInOrder, rest, redaction);
        }
        List<Field> fields = new ArrayList<>();
        if (summary != null && summary.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = summary.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = field.getValue();
                fields.add(new Field(field.getKey(), value.isValueNode() ? value.asText() : value.toString()));
            }
        } else {
            fields.add(new Field("", summary == null ? "" : summary.asText()));
        }
        return new Summary(List.of(), fields, "");
    }
}
