package org.courtguide.triage;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gate between an {@link IntakeFieldProposer} and the form. Whatever a proposer returns (a model can invent fields
 * and values), only answers the form itself would accept get through: known fields that a description can tell, listed
 * choice values, known province codes, a plain non-negative amount, a past year and month. Proposals only fill
 * questions the person has not answered; they never replace an answer.
 */
@ApplicationScoped
public class ProposedAnswers {

    /** The questions a description can answer; contact details and names are never proposed. */
    public static final List<String> PROPOSABLE = List.of(
            Intake.TYPE,
            Intake.OTHER_PARTY,
            Intake.AMOUNT,
            Intake.PROVINCE,
            Intake.WHEN,
            Intake.TRIED,
            Intake.DEBT,
            Intake.URGENCY,
            Intake.NEEDS);

    /** The longest proposed value looked at; every allowed value is far shorter. */
    private static final int MAX_VALUE = 40;

    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** What a merge filled in, for the marks and the notice. */
    record Merged(Intake intake, List<String> filled) {}

    private final AverageWages wages;

    ProposedAnswers(AverageWages wages) {
        this.wages = wages;
    }

    /** The province codes the form lists, so a prompt can offer exactly these. */
    public List<String> provinceCodes() {
        return wages.provinces().stream().map(AverageWages.Province::code).toList();
    }

    /** Only the proposals the form would accept, each in the form's own format; everything else is dropped. */
    public Map<String, List<String>> accepted(Map<String, List<String>> proposed) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        if (proposed == null) {
            return kept;
        }
        for (String field : PROPOSABLE) {
            List<String> values = proposed.get(field);
            if (values == null) {
                continue;
            }
            List<String> accepted = new ArrayList<>();
            for (String raw : values) {
                if (raw == null || raw.length() > MAX_VALUE) {
                    continue;
                }
                normalised(field, raw.strip())
                        .filter(v -> !accepted.contains(v))
                        .ifPresent(accepted::add);
            }
            if (!accepted.isEmpty()) {
                kept.put(field, Intake.multiple(field) ? List.copyOf(accepted) : List.of(accepted.get(0)));
            }
        }
        return kept;
    }

    /** The intake with accepted proposals in the questions the person left empty; their own answers stay. */
    Merged merge(Intake intake, Map<String, List<String>> proposed) {
        Map<String, List<String>> answers = new LinkedHashMap<>(intake.answers());
        List<String> filled = new ArrayList<>();
        accepted(proposed).forEach((field, values) -> {
            if (intake.all(field).isEmpty()) {
                answers.put(field, values);
                filled.add(field);
            }
        });
        return new Merged(new Intake(answers), List.copyOf(filled));
    }

    private Optional<String> normalised(String field, String value) {
        return switch (field) {
            case Intake.AMOUNT ->
                Amounts.parse(value).filter(a -> a.signum() >= 0).map(BigDecimal::toPlainString);
            case Intake.PROVINCE -> Optional.of(value).filter(wages::known);
            case Intake.WHEN -> Optional.of(value).filter(ProposedAnswers::pastYearMonth);
            default -> Optional.of(value).filter(v -> Intake.allows(field, v));
        };
    }

    private static boolean pastYearMonth(String value) {
        Matcher m = YEAR_MONTH.matcher(value);
        if (!m.matches()) {
            return false;
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        return year >= 1950
                && month >= 1
                && month <= 12
                && !YearMonth.of(year, month).isAfter(YearMonth.now(CHINA));
    }
}
