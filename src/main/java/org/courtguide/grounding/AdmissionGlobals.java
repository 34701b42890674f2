package org.courtguide.grounding;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;

/** What the disclosure page states about the configured model: admitted or not, why, and its admission figures. */
public class AdmissionGlobals {

    private AdmissionGlobals() {}

    @TemplateGlobal
    static ModelAdmission.Status modelAdmission() {
        return Arc.container().instance(ModelAdmission.class).get().status();
    }
}
