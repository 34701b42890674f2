package org.courtguide.staff;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.courtguide.triage.CaseStatus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns cases and audit entries into what the staff pages print: every label already in the page's language, every
 * time already formatted, so that templates only place values.
 */
final class StaffViews {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Who is signed in, for the staff navigation. */
    record Viewer(String name, boolean admin) {
    }

    /** One choice of a select. */
    record Option(String value, String label, boolean selected) {
    }

    /** One line of the queue. */
    record CaseRow(String reference, String href, String disputeType, String urgency, String status, String assignedTo,
            String received, String waiting) {
    }

    /** One field of what the person sent. */
    record Field(String name, String value) {
    }

    record NoteLine(String byline, String body) {
    }

    record HistoryLine(String when, String actor, String action, String detail) {
    }

    /** The case page. */
    record CaseView(String id, String reference, String disputeType, String urgency, String status, String language,
            String suggestedPath, String assignedTo, String received, String updated, long version, List<Field> summary,
            List<NoteLine> notes, List<HistoryLine> history, List<Option> nextStatuses, boolean assignedToViewer,
            String assignLabel) {

        public boolean finished() {
            return nextStatuses.isEmpty();
        }
    }

    record AuditLine(String when, String actor, String action, String subject, String detail) {
    }

    record ReportLine(long id, String when, String traceId, String traceHref, String reason) {
    }

    private final StaffMessages m;

    StaffViews(StaffMessages messages) {
        this.m = messages;
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    CaseRow row(CaseItem c, Instant now) {
        long days = Duration.between(c.createdAt(), now).toDays();
        return new CaseRow(c.reference(), "/staff/cases/" + c.id(), c.disputeType(), urgency(c.urgency()),
                status(c.status()), c.assignedTo() == null ? m.unassigned() : c.assignedTo(), time(c.createdAt()),
                m.waiting_days(Math.max(0, days)));
    }

    CaseView caseView(CaseFile file, String viewer) {
        CaseItem c = file.item();
        List<Option> next = file.nextStatuses().stream().map(s -> new Option(s.name(), status(s), false)).toList();
        boolean mine = viewer.equals(c.assignedTo());
        String assign = c.assignedTo() == null || mine ? m.case_assign() : m.case_take_over(c.assignedTo());
        return new CaseView(c.id(), c.reference(), c.disputeType(), urgency(c.urgency()), status(c.status()),
                c.language(), c.suggestedPath(), c.assignedTo() == null ? m.unassigned() : c.assignedTo(),
                time(c.createdAt()), time(c.updatedAt()), c.version(), summary(file.summaryJson()),
                file.notes().stream().map(n -> new NoteLine(m.case_note_by(n.author(), time(n.createdAt())), n.body()))
                        .toList(),
                file.history().stream().map(h -> new HistoryLine(time(h.at()), h.actor(), action(h.action()),
                        detail(h.action(), h.detail()))).toList(),
                next, mine, assign);
    }

    AuditLine audit(AuditLog.Entry e) {
        return new AuditLine(time(e.at()), e.actor(), action(e.action()), e.subjectId(), detail(e.action(), e.detail()));
    }

    ReportLine report(FeedbackReview.Report r) {
        return new ReportLine(r.id(), time(r.createdAt()), r.traceId(), "/api/internal/traces/" + r.traceId(),
                r.reason() == null ? "" : r.reason());
    }

    List<Option> urgencies(String selected) {
        List<Option> options = new ArrayList<>();
        for (String u : List.of("safety", "urgent", "normal")) {
            options.add(new Option(u, urgency(u), u.equals(selected)));
        }
        return options;
    }

    static List<Option> values(List<String> values, String selected) {
        return values.stream().map(v -> new Option(v, v, v.equals(selected))).toList();
    }

    List<Option> waiting(Integer selected) {
        Map<Integer, String> labels = Map.of(1, m.waiting_1(), 3, m.waiting_3(), 7, m.waiting_7(), 30, m.waiting_30());
        return List.of(1, 3, 7, 30).stream()
                .map(d -> new Option(String.valueOf(d), labels.get(d), Objects.equals(d, selected))).toList();
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

    String action(AuditEvent.Action action) {
        return switch (action) {
            case VIEW_CASE -> m.action_view_case();
            case ASSIGN -> m.action_assign();
            case CHANGE_STATUS -> m.action_change_status();
            case ADD_NOTE -> m.action_add_note();
            case REVIEW_FEEDBACK -> m.action_review_feedback();
        };
    }

    /** Status changes are stored as {@code FROM -> TO}; staff read them in their language. */
    private String detail(AuditEvent.Action action, String detail) {
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
        return detail;
    }

    /** The confirmed fields as the person saw them; text that is not a JSON object is shown as it is. */
    static List<Field> summary(String summaryJson) {
        try {
            JsonNode node = JSON.readTree(summaryJson);
            if (node != null && node.isObject()) {
                List<Field> fields = new ArrayList<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> field = it.next();
                    JsonNode value = field.getValue();
                    fields.add(new Field(field.getKey(), value.isValueNode() ? value.asText() : value.toString()));
                }
                return fields;
            }
        } catch (Exception e) {
            // not JSON: fall through and show the text
        }
        return List.of(new Field("", summaryJson == null ? "" : summaryJson));
    }
}
