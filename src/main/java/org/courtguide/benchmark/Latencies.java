package org.courtguide.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latencies of one measured series, one call at a time; thread-safe so concurrent clients can share one. */
final class Latencies {

    private final List<Long> nanos = new ArrayList<>();
    private long errors;

    synchronized void add(long elapsedNanos) {
        nanos.add(elapsedNanos);
    }

    synchronized void error() {
        errors++;
    }

    /** Times one call; a call that throws or returns {@code false} counts as an error, not as a latency. */
    boolean time(Call call) {
        long start = System.nanoTime();
        boolean ok;
        try {
            ok = call.run();
        } catch (Exception e) {
            ok = false;
        }
        if (ok) {
            add(System.nanoTime() - start);
        } else {
            error();
        }
        return ok;
    }

    /**
     * Percentiles by the nearest-rank method. {@code perSecond} is calls per second of the summed call time, i.e. the
     * rate one caller achieves back to back; concurrent series report their wall-clock rate separately.
     */
    synchronized Summary summary() {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        double total = sorted.stream().mapToLong(Long::longValue).sum() / 1e6;
        double mean = sorted.isEmpty() ? 0 : total / sorted.size();
        return new Summary(
                sorted.size(),
                errors,
                percentile(sorted, 50),
                percentile(sorted, 95),
                round(mean),
                total == 0 ? 0 : round(sorted.size() / (total / 1000)));
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return round(sorted.get(Math.max(0, rank - 1)) / 1e6);
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** One timed call; {@code false} means it failed. */
    @FunctionalInterface
    interface Call {
        boolean run() throws Exception;
    }

    /** Milliseconds; {@code perSecond} as described on {@link #summary()}. */
    record Summary(int count, long errors, double p50Ms, double p95Ms, double meanMs, double perSecond) {}
}
