package org.courtguide.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A stop during start-up must not tear the embedding runtime down under the warm-up's inference (that crashed the JVM
 * in libonnxruntime.so). The model here is a stand-in that blocks inside {@code embedAll} until released, so the test
 * controls exactly when the "inference" ends; the gate and the guarded model are the real ones.
 */
class ModelUseGateTest {

    /** Blocks in embedAll like an ONNX inference in progress; records whether the runtime was used after closing. */
    static final class BlockingModel implements EmbeddingModel {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            calls.incrementAndGet();
            running.incrementAndGet();
            entered.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
            return Response.from(
                    segments.stream().map(s -> Embedding.from(new float[] {1f})).toList());
        }
    }

    private final ModelUseGate gate = new ModelUseGate();
    private final BlockingModel runtime = new BlockingModel();
    private final EmbeddingModel model = new GuardedEmbeddingModel(() -> runtime, gate);

    @Test
    void a_shutdown_during_the_warm_up_waits_for_the_running_inference_before_it_completes() throws Exception {
        CompletableFuture<float[]> warmUp =
                CompletableFuture.supplyAsync(() -> model.embed("预热").content().vector());
        assertThat(runtime.entered.await(5, TimeUnit.SECONDS)).isTrue();

        AtomicBoolean inferenceRunningWhenClosed = new AtomicBoolean();
        CompletableFuture<Boolean> shutdown = CompletableFuture.supplyAsync(() -> {
            boolean quiet = gate.close(Duration.ofSeconds(10));
            inferenceRunningWhenClosed.set(runtime.running.get() > 0);
            return quiet;
        });
        Thread.sleep(300);
        assertThat(shutdown)
                .as("shutdown must wait while the warm-up is inside the model")
                .isNotDone();

        runtime.release.countDown();
        assertThat(shutdown.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(inferenceRunningWhenClosed).isFalse();
        assertThat(warmUp.get(5, TimeUnit.SECONDS)).containsExactly(1f);
    }

    /** Stands for ONNX Runtime's own shutdown hook, which closes its native environment. */
    static final class RuntimeCloser implements Runnable {
        final AtomicBoolean ran = new AtomicBoolean();
        final AtomicBoolean inferenceRunning = new AtomicBoolean();
        final BlockingModel model;

        RuntimeCloser(BlockingModel model) {
            this.model = model;
        }

        @Override
        public void run() {
            inferenceRunning.set(model.running.get() > 0);
            ran.set(true);
        }
    }

    @Test
    void the_runtimes_own_shutdown_hook_is_taken_over_and_runs_only_after_the_inference() throws Exception {
        RuntimeCloser closer = new RuntimeCloser(runtime);
        Thread hook = new Thread(closer, "runtime-closer");
        Runtime.getRuntime().addShutdownHook(hook);
        gate.takeOverShutdownHooks(task -> task instanceof RuntimeCloser);
        // no longer a JVM shutdown hook of its own: it cannot run at the same time as the gate's wait
        assertThat(Runtime.getRuntime().removeShutdownHook(hook))
                .as("the hook is still registered")
                .isFalse();

        CompletableFuture<float[]> warmUp =
                CompletableFuture.supplyAsync(() -> model.embed("预热").content().vector());
        assertThat(runtime.entered.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Boolean> shutdown = CompletableFuture.supplyAsync(() -> gate.close(Duration.ofSeconds(10)));
        Thread.sleep(300);
        assertThat(closer.ran)
                .as("the runtime closed under a running inference")
                .isFalse();

        runtime.release.countDown();
        assertThat(shutdown.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(closer.ran).isTrue();
        assertThat(closer.inferenceRunning).isFalse();
        assertThat(warmUp.get(5, TimeUnit.SECONDS)).containsExactly(1f);
    }

    @Test
    void once_the_real_model_has_loaded_onnx_runtime_no_longer_closes_itself_from_a_hook_of_its_own() {
        // the real Chinese model through the JVM-wide gate, as the app loads it
        EmbeddingModel real = new GuardedEmbeddingModel(
                dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel::new,
                ModelUseGate.jvmWide());
        assertThat(real.embed("预热").content().vector()).hasSize(512);

        // the hooks can be read in this JVM (otherwise the check below would pass for nothing)
        Thread probe = new Thread(new RuntimeCloser(runtime), "probe");
        Runtime.getRuntime().addShutdownHook(probe);
        assertThat(ShutdownHooks.takeOver(task -> task instanceof RuntimeCloser))
                .containsExactly(probe);
        assertThat(ShutdownHooks.takeOver(
                        task -> task.getClass().getName().equals("ai.onnxruntime.OrtEnvironment$OrtEnvCloser")))
                .as("ONNX Runtime's closer still registered as a hook of its own")
                .isEmpty();
    }

    @Test
    void a_runtime_hook_is_not_run_when_an_inference_never_ended() throws Exception {
        RuntimeCloser closer = new RuntimeCloser(runtime);
        Thread hook = new Thread(closer, "runtime-closer");
        Runtime.getRuntime().addShutdownHook(hook);
        gate.takeOverShutdownHooks(task -> task instanceof RuntimeCloser);
        CompletableFuture.runAsync(() -> model.embed("预热"));
        assertThat(runtime.entered.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(gate.close(Duration.ofMillis(200))).isFalse();
        assertThat(closer.ran).isFalse();
        runtime.release.countDown();
    }

    @Test
    void after_the_shutdown_no_inference_reaches_the_model() {
        runtime.release.countDown();
        assertThat(gate.close(Duration.ofSeconds(1))).isTrue();

        assertThatThrownBy(() -> model.embed("上诉期限")).isInstanceOf(ModelUseGate.ModelsClosedException.class);
        assertThat(runtime.calls).hasValue(0);
    }

    @Test
    void loading_the_model_counts_as_a_use_so_a_shutdown_waits_for_it_too() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch loaded = new CountDownLatch(1);
        EmbeddingModel slowToLoad = new GuardedEmbeddingModel(
                () -> {
                    loading.countDown();
                    try {
                        loaded.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return runtime;
                },
                gate);
        runtime.release.countDown();
        CompletableFuture<float[]> warmUp = CompletableFuture.supplyAsync(
                () -> slowToLoad.embed("预热").content().vector());
        assertThat(loading.await(5, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Boolean> shutdown = CompletableFuture.supplyAsync(() -> gate.close(Duration.ofSeconds(10)));
        Thread.sleep(300);
        assertThat(shutdown)
                .as("shutdown must wait while the model is being loaded")
                .isNotDone();

        loaded.countDown();
        assertThat(shutdown.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(warmUp.get(5, TimeUnit.SECONDS)).containsExactly(1f);
    }

    @Test
    void a_shutdown_waits_only_so_long_for_an_inference_that_does_not_end() throws Exception {
        CompletableFuture.runAsync(() -> model.embed("预热"));
        assertThat(runtime.entered.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(gate.close(Duration.ofMillis(200))).isFalse();
        assertThat(gate.closed()).isTrue();
        runtime.release.countDown();
    }
}
