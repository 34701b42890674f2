package org.courtguide.triage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.courtguide.Language;
import org.courtguide.privacy.PiiRedactor;

/**
 * The summary a person reviews before consenting: one line per answer, in their language. What is stored is exactly
 * these lines (as JSON), so the mediation centre sees what the person saw. With "hide personal details" the free-text
 * answers pass through {@link PiiRedactor}; the contact detail never does, as the centre needs it to reply.
 */
final class IntakeSummary {

    /** One line of the summary. */
    public record Line(String label, String value) {}

    private static final List<String> REDACTABLE = List.of(Intake.DESCRIPTION, Intake.OTHER_NAME);
    private static final List<String> SHOWN = List.of(
            Intake.TYPE,
            Intake.DESCRIPTION,
            Intake.OTHER_PARTY,
            Intake.LABOUR_ISSUE,
            Intake.OTHER_NAME,
            Intake.AMOUNT,
            Intake.PROVINCE,
            Intake.WHEN,
            Intake.TRIED,
            Intake.DEBT,
            Intake.FACTS,
            Intake.URGENCY,
            Intake.NEEDS,
            Intake.INTERPRETER_LANGUAGE,
            Intake.CONTACT,
            Intake.CONTACT_DETAIL,
            Intake.NAME);
    private static final List<String> CHOICES = List.of(
            Intake.TYPE,
            Intake.OTHER_PARTY,
            Intake.LABOUR_ISSUE,
            Intake.PROVINCE,
            Intake.TRIED,
            Intake.DEBT,
            Intake.FACTS,
            Intake.URGENCY,
            Intake.NEEDS,
            Intake.CONTACT);

    private IntakeSummary() {}

    static List<Line> lines(Intake intake, String suggestedPath, IntakeLabels labels, PiiRedactor redactor) {
        List<Line> lines = new ArrayList<>();
        for (String field : SHOWN) {
            if (field.equals(Intake.LABOUR_ISSUE) && !intake.has(Intake.TYPE, "labour")) {
                continue; // asked only about work disputes
            }
            List<String> values = intake.all(field);
            String value;
            if (values.isEmpty()) {
                value = labels.messages().not_given();
            } else if (CHOICES.contains(field)) {
                value = String.join(
                        labels.language().listSeparator(),
                        values.stream().map(v -> labels.choice(field, v)).toList());
            } else if (field.equals(Intake.WHEN)) {
                value = labels.yearMonth(values.get(0));
            } else if (field.equals(Intake.AMOUNT)) {
                // "1万8" is shown as the centre will read it, so the person can check what was understood
                value = Amounts.parse(values.get(0)).map(Amounts::format).orElse(values.get(0));
            } else if (intake.redacted() && REDACTABLE.contains(field)) {
                value = redactor.redact(values.get(0)).text();
            } else {
                value = values.get(0);
            }
            lines.add(new Line(labels.summaryLabel(field), value));
        }
        lines.add(new Line(labels.messages().label_path(), suggestedPath));
        return lines;
    }

    static String json(List<Line> lines, Language language, boolean redacted, ObjectMapper json) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("language", language.code());
        summary.put("redacted", redacted);
        summary.put("lines", lines);
        try {
            return json.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a summary is always serialisable", e);
        }
    }
}
