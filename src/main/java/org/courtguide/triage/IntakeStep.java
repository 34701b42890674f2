package org.courtguide.triage;

import java.util.List;
import java.util.Optional;

/**
 * The short steps of the intake and the answers each one asks for. Answers of the other steps travel with the form as
 * hidden fields, so Back and Next never lose anything and nothing is kept on the server before consent.
 */
enum IntakeStep {
    DISPUTE("dispute", List.of(Intake.TYPE, Intake.DESCRIPTION)),
    PARTIES(
            "parties",
            List.of(
                    Intake.OTHER_PARTY,
                    Intake.LABOUR_ISSUE,
                    Intake.OTHER_NAME,
                    Intake.AMOUNT,
                    Intake.PROVINCE,
                    Intake.WHEN)),
    HISTORY("history", List.of(Intake.TRIED, Intake.DEBT, Intake.FACTS, Intake.URGENCY)),
    NEEDS(
            "needs",
            List.of(Intake.NEEDS, Intake.INTERPRETER_LANGUAGE, Intake.CONTACT, Intake.CONTACT_DETAIL, Intake.NAME)),
    /** The suggested paths, the fee estimate and the summary with the consent form. */
    REVIEW("review", List.of(Intake.REDACT));

    private final String code;
    private final List<String> fields;

    IntakeStep(String code, List<String> fields) {
        this.code = code;
        this.fields = fields;
    }

    String code() {
        return code;
    }

    List<String> fields() {
        return fields;
    }

    /** 1-based, for "Step 2 of 5". */
    int number() {
        return ordinal() + 1;
    }

    static int count() {
        return values().length;
    }

    Optional<IntakeStep> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    Optional<IntakeStep> previous() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }

    static Optional<IntakeStep> of(String code) {
        for (IntakeStep step : values()) {
            if (step.code.equals(code)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }
}
