package org.courtguide.triage;

import java.util.List;
import java.util.Map;

/**
 * A seam for proposing intake answers from the person's own description. The one implementation,
 * {@link org.courtguide.triage.proposal.ModelFieldProposer}, is looked up only when a model is configured; without one
 * the intake offers no suggestions. An implementation must only PROPOSE: whatever it returns passes
 * {@link ProposedAnswers} before it reaches the form, the person sees every proposed answer marked and can change it,
 * and routing reads only the answers they send.
 */
public interface IntakeFieldProposer {

    /** Field name (see {@link Intake}) → proposed values; unknown fields and values are ignored by the form. */
    Map<String, List<String>> propose(String description, org.courtguide.Language language);
}
