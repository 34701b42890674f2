package org.courtguide.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** Runs a call per question, either once each in order or from N clients back to back for a fixed time. */
final class LoadDriver {

    private LoadDriver() {}

    /** One client: every question once, in order. */
    static Latencies sequential(int questions, IntFunction<Latencies.Call> call) {
        Latencies latencies = new Latencies();
        for (int i = 0; i < questions; i++) {
            latencies.time(call.apply(i));
        }
        return latencies;
    }

    /**
     * {@code clients} threads, each sending its next question as soon as the last one is answered (closed loop, no
     * think time), for {@code duration}. Each client starts at a different question so they do not move in step.
     */
    static Concurrent concurrent(int clients, Duration duration, int questions, IntFunction<Latencies.Call> call)
            throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicInteger completed = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int first = c * Math.max(1, questions / clients);
            Thread client = new Thread(
                    () -> {
                        for (int i = first; System.nanoTime() < deadline; i++) {
                            latencies.time(call.apply(i % questions));
                            completed.incrementAndGet();
                        }
                    },
                    "bench-client-" + c);
            client.start();
            threads.add(client);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Latencies.Summary summary = latencies.summary();
        return new Concurrent(
                clients,
                Latencies.round(seconds),
                completed.get(),
                summary.errors(),
                Latencies.round(summary.count() / seconds),
                summary.p50Ms(),
                summary.p95Ms());
    }

    /** A fixed-time run: {@code requestsPerSecond} counts answered calls only, over the wall-clock time. */
    record Concurrent(
            int clients,
            double seconds,
            int requests,
            long errors,
            double requestsPerSecond,
            double p50Ms,
            double p95Ms) {}
}
