package org.courtguide.triage;

import java.util.List;
import java.util.Map;

/**
 * A seam for proposing intake answers from the person's own description (for example with a language model). No
 * implementation is registered: the intake works without it. An implementation must only PROPOSE: the person sees
 * every proposed answer in the form and can change it, and routing reads only the answers they confirmed.
 */
public interface IntakeFieldProposer {

    /** Field name (see {@link Intake}) → proposed values; unknown fields and values are ignored by the form. */
    Map<String, List<String>> propose(String description, org.courtguide.Language language);
}
