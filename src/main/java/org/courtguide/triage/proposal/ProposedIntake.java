package org.courtguide.triage.proposal;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the model read in a description, as codes of the intake's questions. Every part is null (or empty) when the
 * description does not say it. Nothing here reaches the form unchecked: see
 * {@link org.courtguide.triage.ProposedAnswers}.
 */
public record ProposedIntake(
        String disputeType,
        String otherParty,
        BigDecimal amountYuan,
        String province,
        String when,
        List<String> tried,
        String debtAccepted,
        String urgency,
        List<String> needs) {}
