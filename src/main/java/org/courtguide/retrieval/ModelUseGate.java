package org.courtguide.retrieval;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Keeps the in-process embedding models from being torn down under a running inference. Every use of a model (its
 * loading included) holds the read side of a lock; closing takes the write side, so it waits for the uses in flight,
 * and after it no new use starts. A stop during start-up, while the warm-up thread was inside the runtime, crashed the
 * JVM in {@code libonnxruntime.so}. The JVM-wide gate closes in a shutdown hook.
 *
 * <p>ONNX Runtime registers a shutdown hook of its own ({@code OrtEnvironment$OrtEnvCloser}) that closes its native
 * environment, and the JVM runs shutdown hooks concurrently: that close is what pulled the runtime from under the
 * warm-up. After a model loads, the gate takes that hook over ({@link ShutdownHooks}) and runs it after its wait, or
 * not at all when an inference never ended (the process is exiting; the operating system frees the memory).
 */
public final class ModelUseGate {

    private static final Logger LOG = Logger.getLogger(ModelUseGate.class);
    /** A batch of 256 statute articles embeds in about 3 s here; a stop waits for it rather than crash. */
    private static final Duration JVM_EXIT_WAIT = Duration.ofSeconds(30);

    private static volatile ModelUseGate jvmWide;

    private static final Predicate<Runnable> ONNX_RUNTIME_CLOSER =
            task -> task.getClass().getName().equals("ai.onnxruntime.OrtEnvironment$OrtEnvCloser");

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<Thread> runAfterClose = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    /** The gate every model of this JVM goes through, closed by a shutdown hook when the JVM exits. */
    public static ModelUseGate jvmWide() {
        ModelUseGate gate = jvmWide;
        if (gate == null) {
            synchronized (ModelUseGate.class) {
                if (jvmWide == null) {
                    ModelUseGate created = new ModelUseGate();
                    Runtime.getRuntime()
                            .addShutdownHook(new Thread(() -> created.close(JVM_EXIT_WAIT), "embedding-models-close"));
                    jvmWide = created;
                }
                gate = jvmWide;
            }
        }
        return gate;
    }

    /** Runs one inference; refused with {@link ModelsClosedException} once the gate is closing or closed. */
    public <T> T use(Supplier<T> inference) {
        lock.readLock().lock();
        try {
            if (closed) {
                throw new ModelsClosedException();
            }
            return inference.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Called after a model loaded: the runtime's own shutdown hook now exists, and is taken over once found. */
    void modelLoaded() {
        takeOverShutdownHooks(ONNX_RUNTIME_CLOSER);
    }

    /** Unregisters the shutdown hooks whose task matches; {@link #close} runs them after its wait. */
    void takeOverShutdownHooks(Predicate<Runnable> task) {
        runAfterClose.addAll(ShutdownHooks.takeOver(task));
    }

    /**
     * Waits up to {@code wait} for the inferences in flight to end, then refuses new ones, then runs the taken-over
     * hooks (only when every inference had ended). Returns whether every use
     * had ended; after a timeout the gate is closed all the same (the process is stopping).
     */
    public boolean close(Duration wait) {
        boolean quiet;
        try {
            quiet = lock.writeLock().tryLock(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            quiet = false;
        }
        closed = true;
        if (quiet) {
            try {
                runAfterClose.forEach(Thread::run);
            } finally {
                lock.writeLock().unlock();
            }
        } else {
            LOG.warnf("An embedding was still running after %d s of shutdown", wait.toSeconds());
        }
        return quiet;
    }

    public boolean closed() {
        return closed;
    }

    /** An inference asked for while the application stops. */
    public static final class ModelsClosedException extends IllegalStateException {
        ModelsClosedException() {
            super("The embedding models are closed: the application is stopping");
        }
    }
}
