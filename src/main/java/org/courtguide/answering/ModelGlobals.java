package org.courtguide.answering;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;

/** What templates need to know about the model: whether the page may stream answers. */
public class ModelGlobals {

    private ModelGlobals() {}

    /** A model is configured, so the script may ask {@code /ask/stream} (never in accessible mode). */
    @TemplateGlobal
    static boolean modelConfigured() {
        return Arc.container().instance(GenerativeAnswerer.class).get().enabled();
    }
}
