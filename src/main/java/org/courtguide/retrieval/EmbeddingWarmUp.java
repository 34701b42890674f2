package org.courtguide.retrieval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.courtguide.Language;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the Chinese embedding model and runs one inference right after start-up, in the background: loading the ONNX
 * runtime and the model takes a few seconds, which the first person to ask should not have to wait for.
 */
@ApplicationScoped
class EmbeddingWarmUp {

    private static final Logger LOG = Logger.getLogger(EmbeddingWarmUp.class);

    void onStart(@Observes StartupEvent event, Embedders embedders) {
        Thread warmUp = new Thread(() -> {
            long started = System.nanoTime();
            try {
                embedders.embed(Language.ZH, "预热");
                LOG.debugf("Embedding model ready in %.1f s", (System.nanoTime() - started) / 1e9);
            } catch (RuntimeException e) {
                // the first question will try again and report the failure where it matters
                LOG.warnf("Embedding model warm-up failed (%s)", e.getClass().getSimpleName());
            }
        }, "embedding-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }
}
