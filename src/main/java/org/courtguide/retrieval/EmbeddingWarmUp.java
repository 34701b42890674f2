package org.courtguide.retrieval;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.courtguide.Language;
import org.jboss.logging.Logger;

/**
 * Loads the Chinese embedding model in the background so that the first person to ask does not wait for it (loading
 * the ONNX runtime and the model takes about 1.5 s on the 2-core machine). The entry point starts the load before the
 * app boots ({@link #beginBeforeBoot}); a start that did not pass through it (tests, dev mode) loads it after start.
 */
@ApplicationScoped
public class EmbeddingWarmUp {

    private static final Logger LOG = Logger.getLogger(EmbeddingWarmUp.class);
    private static final String WARM_UP_TEXT = "预热";

    /**
     * Starts loading the Chinese model while the app boots, on the core the boot leaves idle part of the time. Called
     * before logging is set up, so it logs nothing; a failure here is met again by {@link #onStart} and by the first
     * question, which report it.
     */
    public static void beginBeforeBoot() {
        Thread preload = new Thread(
                () -> {
                    try {
                        EmbeddingModelProducer.chineseModel().embed(WARM_UP_TEXT);
                    } catch (RuntimeException | LinkageError e) {
                        // reported by the warm-up after start or by the first question
                    }
                },
                "embedding-preload");
        preload.setDaemon(true);
        preload.start();
    }

    void onStart(@Observes StartupEvent event, Embedders embedders) {
        Thread warmUp = new Thread(
                () -> {
                    long started = System.nanoTime();
                    try {
                        // immediate when the preload has run: the model is loaded once per JVM
                        embedders.embed(Language.ZH, WARM_UP_TEXT);
                        LOG.debugf("Embedding model ready in %.1f s", (System.nanoTime() - started) / 1e9);
                    } catch (ModelUseGate.ModelsClosedException e) {
                        LOG.debug("Embedding model warm-up skipped: the application is stopping");
                    } catch (ExceptionInInitializerError e) {
                        // the model class failed to load, typically because the JVM began to exit while it loaded
                        LOG.warnf(
                                "Embedding model warm-up failed while loading the model (%s)",
                                e.getCause() == null
                                        ? e.getClass().getSimpleName()
                                        : e.getCause().getClass().getSimpleName());
                    } catch (RuntimeException e) {
                        // the first question will try again and report the failure where it matters
                        LOG.warnf(
                                "Embedding model warm-up failed (%s)",
                                e.getClass().getSimpleName());
                    }
                },
                "embedding-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }
}
