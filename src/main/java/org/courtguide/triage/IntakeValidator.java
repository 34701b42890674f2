package org.courtguide.triage;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the answers of one step. Errors are polite, in the person's language and keyed by field, so that the page
 * can show each one next to its field and keep every answer as typed.
 */
@ApplicationScoped
class IntakeValidator {

    static final String UNKNOWN_PROVINCE = "unknown";
    private static final int SHORT_TEXT = 100;
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
    private static final Pattern MONTH = Pattern.compile("0[1-9]|1[0-2]");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[\\d\\s\\-()]{5,20}");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final TriageConfig config;
    private final AverageWages wages;

    IntakeValidator(TriageConfig config, AverageWages wages) {
        this.config = config;
        this.wages = wages;
    }

    /** Field name → message; empty when the step's answers are fine. */
    Map<String, String> validate(IntakeStep step, Intake intake, TriageMessages m) {
        Map<String, String> errors = new LinkedHashMap<>();
        switch (step) {
            case DISPUTE -> {
                require(intake, Intake.TYPE, m.err_type(), errors);
                length(intake, Intake.DESCRIPTION, config.maxDescriptionChars(), m, errors);
            }
            case PARTIES -> {
                require(intake, Intake.OTHER_PARTY, m.err_other_party(), errors);
                length(intake, Intake.OTHER_NAME, SHORT_TEXT, m, errors);
                intake.one(Intake.AMOUNT)
                        .filter(a -> Amounts.parse(a).isEmpty())
                        .ifPresent(a -> errors.put(Intake.AMOUNT, m.err_amount()));
                String province = intake.text(Intake.PROVINCE);
                if (!UNKNOWN_PROVINCE.equals(province) && !wages.known(province)) {
                    errors.put(Intake.PROVINCE, m.err_province());
                }
                intake.one(Intake.WHEN)
                        .ifPresent(when -> whenError(when, m).ifPresent(e -> errors.put(Intake.WHEN, e)));
            }
            case HISTORY -> {
                require(intake, Intake.FACTS, m.err_facts(), errors);
                require(intake, Intake.URGENCY, m.err_urgency(), errors);
            }
            case NEEDS -> {
                length(intake, Intake.INTERPRETER_LANGUAGE, SHORT_TEXT, m, errors);
                require(intake, Intake.CONTACT, m.err_contact(), errors);
                contactDetailError(intake, m)
                        .ifPresentOrElse(
                                e -> errors.put(Intake.CONTACT_DETAIL, e),
                                () -> length(intake, Intake.CONTACT_DETAIL, SHORT_TEXT, m, errors));
                length(intake, Intake.NAME, SHORT_TEXT, m, errors);
            }
            case REVIEW -> {
                // the review has no answers of its own, only the choice of summary version
            }
        }
        return errors;
    }

    /** Every step up to and including {@code last}; the first step with errors, if any. */
    java.util.Optional<IntakeStep> firstInvalid(Intake intake, IntakeStep last, TriageMessages m) {
        for (IntakeStep step : IntakeStep.values()) {
            if (step.ordinal() > last.ordinal()) {
                break;
            }
            if (!validate(step, intake, m).isEmpty()) {
                return java.util.Optional.of(step);
            }
        }
        return java.util.Optional.empty();
    }

    /** A year of four digits and a month, not in the future; {@code when} is {@code YYYY-MM} as the form sends it. */
    private static Optional<String> whenError(String when, TriageMessages m) {
        int dash = when.lastIndexOf('-');
        String year = dash < 0 ? when : when.substring(0, dash);
        String month = dash < 0 ? "" : when.substring(dash + 1);
        if (!YEAR.matcher(year).matches()) {
            return Optional.of(m.err_when_year());
        }
        if (!MONTH.matcher(month).matches()) {
            return Optional.of(m.err_when_month());
        }
        if (YearMonth.of(Integer.parseInt(year), Integer.parseInt(month)).isAfter(YearMonth.now(CHINA))) {
            return Optional.of(m.err_when_future());
        }
        return Optional.empty();
    }

    /**
     * Once the person asks to be contacted by phone or email, the number or address is needed: the error says which
     * one, and whether it is missing or does not look right.
     */
    private static Optional<String> contactDetailError(Intake intake, TriageMessages m) {
        String detail = intake.text(Intake.CONTACT_DETAIL);
        return switch (intake.text(Intake.CONTACT)) {
            case "phone" ->
                detail.isEmpty()
                        ? Optional.of(m.err_contact_phone_missing())
                        : PHONE.matcher(detail).matches()
                                ? Optional.empty()
                                : Optional.of(m.err_contact_phone_invalid());
            case "email" ->
                detail.isEmpty()
                        ? Optional.of(m.err_contact_email_missing())
                        : EMAIL.matcher(detail).matches()
                                ? Optional.empty()
                                : Optional.of(m.err_contact_email_invalid());
            default -> Optional.empty();
        };
    }

    private static void require(Intake intake, String field, String message, Map<String, String> errors) {
        if (intake.one(field).isEmpty()) {
            errors.put(field, message);
        }
    }

    private static void length(Intake intake, String field, int max, TriageMessages m, Map<String, String> errors) {
        if (intake.text(field).length() > max) {
            errors.put(field, m.err_too_long(String.valueOf(max)));
        }
    }
}
