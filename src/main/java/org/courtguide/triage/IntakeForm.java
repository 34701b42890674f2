package org.courtguide.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The view of one intake step: its fields with their current answers and errors, and the answers of every other step
 * as hidden fields. Templates only print it.
 */
final class IntakeForm {

    private IntakeForm() {}

    /** A value carried between steps. */
    public record Hidden(String name, String value) {}

    public record Choice(String id, String value, String label, boolean checked) {}

    /** A link from the error summary to the field. */
    public record ErrorLink(String href, String message) {}

    /**
     * One question. {@code kind} is radio, checkbox, select, text or textarea; {@code describedBy} names the hint and
     * the error (and the "suggested" mark), so a screen reader reads them with the field. {@code suggested} when the
     * answer was proposed from the description and the person has not yet confirmed it.
     */
    public record Field(
            String name,
            String id,
            String kind,
            String label,
            String hint,
            String error,
            String value,
            List<Choice> choices,
            boolean optional,
            String describedBy,
            int maxLength,
            boolean suggested,
            String inputMode,
            String note) {

        /** The same field marked as a proposal, its mark read with it. */
        Field markedSuggested() {
            String mark = id + "-suggested";
            return new Field(
                    name,
                    id,
                    kind,
                    label,
                    hint,
                    error,
                    value,
                    choices,
                    optional,
                    describedBy(mark),
                    maxLength,
                    true,
                    inputMode,
                    note);
        }

        /** The keyboard a phone offers for it ({@code numeric}, {@code decimal}, …). */
        Field withInputMode(String mode) {
            return new Field(
                    name,
                    id,
                    kind,
                    label,
                    hint,
                    error,
                    value,
                    choices,
                    optional,
                    describedBy,
                    maxLength,
                    suggested,
                    mode,
                    note);
        }

        /** A note under the question, read with it: e.g. what was read from the description, to be checked. */
        Field withNote(String text) {
            return new Field(
                    name,
                    id,
                    kind,
                    label,
                    hint,
                    error,
                    value,
                    choices,
                    optional,
                    describedBy(id + "-note"),
                    maxLength,
                    suggested,
                    inputMode,
                    text);
        }

        private String describedBy(String more) {
            return describedBy == null ? more : describedBy + " " + more;
        }

        public boolean radio() {
            return kind.equals("radio");
        }

        public boolean checkbox() {
            return kind.equals("checkbox");
        }

        public boolean select() {
            return kind.equals("select");
        }

        public boolean text() {
            return kind.equals("text");
        }

        public boolean textarea() {
            return kind.equals("textarea");
        }

        /** A year typed and a month chosen; the answer is {@code YYYY-MM}. */
        public boolean monthYear() {
            return kind.equals("month-year");
        }

        /** The year part of a month-and-year answer, as typed. */
        public String year() {
            int dash = value.lastIndexOf('-');
            return dash < 0 ? value : value.substring(0, dash);
        }

        public boolean invalid() {
            return error != null;
        }

        /** Where the error summary links: the first choice of a group, the year of a date, else the field. */
        public String target() {
            if (monthYear()) {
                return id + "-year";
            }
            return (radio() || checkbox()) && !choices.isEmpty()
                    ? choices.get(0).id()
                    : id;
        }
    }

    /**
     * A step page. {@code canSuggest} when answers can be proposed from the description (a model is configured and
     * this is the description's step); {@code proposalNote} says what the last proposal did, if one was just asked for.
     */
    public record StepView(
            String step,
            String title,
            String stepOf,
            List<Field> fields,
            List<Hidden> hidden,
            List<ErrorLink> errors,
            boolean hasBack,
            boolean safetyNote,
            boolean canSuggest,
            String proposalNote) {

        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        /** Some answer on this page was proposed, so the page says where proposals come from. */
        public boolean hasSuggestions() {
            return fields.stream().anyMatch(Field::suggested);
        }
    }

    static String id(String field) {
        return "f-" + field.replace('_', '-');
    }

    static Field field(
            String name,
            String kind,
            Intake intake,
            IntakeLabels labels,
            List<String> options,
            String hint,
            boolean optional,
            Map<String, String> errors,
            int maxLength) {
        String id = id(name);
        List<Choice> choices = new ArrayList<>();
        for (String option : options) {
            choices.add(new Choice(
                    id + "-" + option.replace('_', '-'),
                    option,
                    labels.choice(name, option),
                    intake.has(name, option)));
        }
        String error = errors.get(name);
        List<String> described = new ArrayList<>();
        if (hint != null) {
            described.add(id + "-hint");
        }
        if (error != null) {
            described.add(id + "-error");
        }
        return new Field(
                name,
                id,
                kind,
                labels.question(name),
                hint,
                error,
                intake.text(name),
                choices,
                optional,
                described.isEmpty() ? null : String.join(" ", described),
                maxLength,
                false,
                null,
                null);
    }

    /** A month and year: the year typed, the month chosen from a list. The answer travels as {@code YYYY-MM}. */
    static Field monthYear(String name, Intake intake, IntakeLabels labels, String hint, Map<String, String> errors) {
        Field field = field(name, "month-year", intake, labels, List.of(), hint, true, errors, 4);
        String answer = intake.text(name);
        String month = answer.contains("-") ? answer.substring(answer.lastIndexOf('-') + 1) : "";
        List<Choice> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            String value = String.format("%02d", m);
            months.add(new Choice(
                    field.id() + "-month-" + value,
                    value,
                    labels.choice(Intake.WHEN_MONTH, value),
                    value.equals(month)));
        }
        return new Field(
                field.name(),
                field.id(),
                field.kind(),
                field.label(),
                field.hint(),
                field.error(),
                field.value(),
                months,
                field.optional(),
                field.describedBy(),
                field.maxLength(),
                false,
                "numeric",
                null);
    }

    /** Every answer not asked on {@code step}, so the form carries it on. */
    static List<Hidden> hidden(Intake intake, List<String> exceptFields) {
        List<Hidden> hidden = new ArrayList<>();
        for (String field : Intake.FIELDS) {
            if (exceptFields.contains(field)) {
                continue;
            }
            for (String value : intake.all(field)) {
                hidden.add(new Hidden(field, value));
            }
        }
        return hidden;
    }

    static List<ErrorLink> errorLinks(List<Field> fields) {
        return fields.stream()
                .filter(Field::invalid)
                .map(f -> new ErrorLink("#" + f.target(), f.error()))
                .toList();
    }
}
