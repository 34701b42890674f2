package org.courtguide.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.courtguide.Language;

/** The live state of ingestion, for the readiness check, the disclosure page and progress logs. */
@ApplicationScoped
public class IngestProgress {

    /** What the ingestor is doing. */
    public enum Phase {
        WAITING,
        RUNNING,
        DONE,
        FAILED
    }

    private final AtomicReference<Phase> phase = new AtomicReference<>(Phase.WAITING);
    // files are the unit of progress: a guide is one file of a few sections, a statute file thousands of articles,
    // so chunks done over an estimated chunk total would mix units
    private final AtomicLong filesDone = new AtomicLong();
    private final AtomicLong filesTotal = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong embedded = new AtomicLong();
    private final AtomicReference<Instant> finishedAt = new AtomicReference<>();
    private final AtomicReference<String> problem = new AtomicReference<>("");
    private final AtomicBoolean firstLoad = new AtomicBoolean();

    /**
     * @param files the source files this pass reads
     * @param estimatedChunks a rough chunk count (a statute file's articles, one per guide) for the log's time estimate
     */
    void start(long files, long estimatedChunks, boolean intoEmptyIndex) {
        firstLoad.set(intoEmptyIndex);
        filesDone.set(0);
        filesTotal.set(files);
        done.set(0);
        embedded.set(0);
        total.set(estimatedChunks);
        problem.set("");
        phase.set(Phase.RUNNING);
    }

    void advance(long chunks, long newlyEmbedded) {
        done.addAndGet(chunks);
        embedded.addAndGet(newlyEmbedded);
    }

    /** One source file read (indexed, unchanged or skipped as invalid). */
    void fileDone() {
        filesDone.incrementAndGet();
    }

    void finish() {
        finishedAt.set(Instant.now());
        phase.set(Phase.DONE);
    }

    void fail(String message) {
        problem.set(message);
        finishedAt.set(Instant.now());
        phase.set(Phase.FAILED);
    }

    void report(String message) {
        problem.set(message);
    }

    /** The running pass started from an empty index: until it ends, most questions would find nothing. */
    public boolean firstLoadRunning() {
        return phase.get() == Phase.RUNNING && firstLoad.get();
    }

    /** Refuses a question while the first load runs: the answer would rest on a fraction of the guidance. */
    public void requireLoaded(Language question) {
        if (firstLoadRunning()) {
            throw new KnowledgeLoadingException(question);
        }
    }

    public Phase phase() {
        return phase.get();
    }

    public long filesDone() {
        return filesDone.get();
    }

    public long filesTotal() {
        return filesTotal.get();
    }

    /** Chunks processed so far in this pass. */
    public long done() {
        return done.get();
    }

    /** The rough chunk estimate given at the start, only for the log's time estimate. */
    public long total() {
        return total.get();
    }

    public long embedded() {
        return embedded.get();
    }

    public Instant finishedAt() {
        return finishedAt.get();
    }

    /** The last problem met (a source that could not be read), or empty. Never contains user data. */
    public String problem() {
        return problem.get();
    }
}
