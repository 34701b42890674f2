package org.courtguide.triage;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Checks the answers of one step. Errors are polite, in the person's language and keyed by field, so that the page
 * can show each one next to its field and keep every answer as typed.
 */
@ApplicationScoped
class IntakeValidator {

    static final String UNKNOWN_PROVINCE = "unknown";
    private static final int SHORT_TEXT = 100;
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?");
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
                intake.one(Intake.AMOUNT).filter(a -> Amounts.parse(a).isEmpty())
                        .ifPresent(a -> errors.put(Intake.AMOUNT, m.err_amount()));
                String province = intake.text(Intake.PROVINCE);
                if (!UNKNOWN_PROVINCE.equals(province) && !wages.known(province)) {
                    errors.put(Intake.PROVINCE, m.err_province());
                }
                intake.one(Intake.WHEN).ifPresent(when -> {
                    Matcher match = YEAR_MONTH.matcher(when);
                    if (!match.matches() || Integer.parseInt(match.group(2)) < 1 || Integer.parseInt(match.group(2)) > 12) {
                        errors.put(Intake.WHEN, m.err_when());
                    } else if (YearMonth.of(Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2)))
                            .isAfter(YearMonth.now(CHINA))) {
                        errors.put(Intake.WHEN, m.err_when_future());
                    }
                });
            }
            case HISTORY -> {
                require(intake, Intake.FACTS, m.err_facts(), errors);
                require(intake, Intake.URGENCY, m.err_urgency(), errors);
            }
            case NEEDS -> {
                length(intake, Intake.INTERPRETER_LANGUAGE, SHORT_TEXT, m, errors);
                require(intake, Intake.CONTACT, m.err_contact(), errors);
                String contact = intake.text(Intake.CONTACT);
                String detail = intake.text(Intake.CONTACT_DETAIL);
                boolean reachable = switch (contact) {
                    case "email" -> EMAIL.matcher(detail).matches();
                    case "phone" -> PHONE.matcher(detail).matches();
                    default -> true;
                };
                if (!reachable) {
                    errors.put(Intake.CONTACT_DETAIL, m.err_contact_detail());
                } else {
                    length(intake, Intake.CONTACT_DETAIL, SHORT_TEXT, m, errors);
                }
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
