package org.courtguide.knowledge;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import org.courtguide.Language;
import org.courtguide.retrieval.Embedders;
import org.courtguide.retrieval.IngestState;
import org.courtguide.retrieval.IngestState.FileState;
import org.courtguide.retrieval.KnowledgeIndex;
import org.courtguide.source.Hashing;
import org.courtguide.source.KnowledgeChunk;
import org.courtguide.source.SourceBatch;
import org.jboss.logging.Logger;

/**
 * Brings the index in line with the configured knowledge sources. Unchanged files are skipped without being read
 * (size and modification time, then content hash); unchanged chunks of a changed file keep their vectors; files that
 * disappeared are removed from the index. Runs at start-up, in the background by default.
 */
@ApplicationScoped
public class KnowledgeIngestor {

    private static final Logger LOG = Logger.getLogger(KnowledgeIngestor.class);
    private static final long PROGRESS_EVERY_NANOS = 5_000_000_000L;
    /** Statute articles are embedded in windows sorted by length, so each batch holds texts of similar size. */
    private static final int SORT_WINDOW = 1024;
    /** Batches embedded ahead of the index writes; bounds the vectors held in memory to a few batches. */
    private static final int WRITES_IN_FLIGHT = 2;
    /** New chunks become searchable within this time during an ingest; each refresh flushes a segment to merge later. */
    private static final long REFRESH_EVERY_NANOS = 10_000_000_000L;

    private final KnowledgeConfig config;
    private final KnowledgeIndex index;
    private final Embedders embeddings;
    private final GuideParser guides;
    private final StatuteReader statutes;
    private final IngestProgress progress;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(daemon("knowledge-ingest"));
    /** Index writes (and the HNSW graph they build) run here while the ingest thread embeds the next batch. */
    private final ExecutorService writes = Executors.newSingleThreadExecutor(daemon("knowledge-index-writes"));

    private volatile boolean stopping;

    KnowledgeIngestor(
            KnowledgeConfig config,
            KnowledgeIndex index,
            Embedders embeddings,
            GuideParser guides,
            StatuteReader statutes,
            IngestProgress progress) {
        this.config = config;
        this.index = index;
        this.embeddings = embeddings;
        this.guides = guides;
        this.statutes = statutes;
        this.progress = progress;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.ingestAtStartup()) {
            return;
        }
        if (config.background()) {
            worker.submit(this::ingestSafely);
        } else {
            ingestSafely();
        }
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @PreDestroy
    void stop() {
        stopping = true;
        worker.shutdownNow();
        writes.shutdownNow();
    }

    private void ingestSafely() {
        try {
            ingest();
        } catch (RuntimeException | IOException e) {
            // already reported by ingest(); the app goes on answering from the last committed index
        }
    }

    /**
     * One pass over all sources; returns when the index matches them. When it fails (a full disk, an unreadable
     * store) nothing of this pass stays in the index: the last committed index keeps answering, the failure is
     * reported to the readiness check and the log, and the next pass starts from the last commit.
     */
    public synchronized void ingest() throws IOException {
        try {
            ingestOnce();
        } catch (IOException | RuntimeException e) {
            String problem = describe(e);
            if (e instanceof org.courtguide.retrieval.ModelUseGate.ModelsClosedException) {
                // a stop while ingesting: the models refused further work, nothing is wrong with the sources
                LOG.infof("Knowledge ingest stopped: the application is stopping");
            } else {
                LOG.errorf(
                        "Knowledge ingest failed (%s); still answering from knowledge base %s", problem, safeVersion());
            }
            try {
                index.discardUncommitted();
            } catch (RuntimeException reopen) {
                LOG.errorf("The index could not be reopened after a failed ingest (%s)", describe(reopen));
            }
            progress.fail(problem);
            throw e;
        }
    }

    /** What went wrong, for logs and the readiness check: a fixed phrase or a type name, never file contents. */
    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.contains("No space left on device")) {
                return "no space left on device for the index";
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }

    private String safeVersion() {
        try {
            return index.state().knowledgeVersion();
        } catch (RuntimeException e) {
            return "unknown";
        }
    }

    private void ingestOnce() throws IOException {
        long started = System.nanoTime();
        Map<String, FileState> files = new TreeMap<>(index.state().files());
        List<Path> sources = sourceFiles();
        List<Path> changed = new ArrayList<>();
        List<String> present = new ArrayList<>();
        for (Path file : sources) {
            String key = file.toString();
            present.add(key);
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            FileState known = files.get(key);
            if (known != null
                    && known.size() == attributes.size()
                    && known.modifiedMillis() == attributes.lastModifiedTime().toMillis()) {
                continue;
            }
            changed.add(file);
        }
        List<String> removed =
                files.keySet().stream().filter(key -> !present.contains(key)).toList();
        for (String key : removed) {
            index.removeStale(key, null);
            files.remove(key);
            LOG.infof("Removed %s from the index: the file is gone", key);
        }
        progress.start(changed.size(), countChunks(changed), index.size() == 0);
        long written = 0;
        for (Path file : changed) {
            if (stopping) {
                return;
            }
            try {
                written += ingestFile(file, files);
            } catch (InvalidSourceException e) {
                LOG.errorf("Skipped a knowledge source: %s", e.getMessage());
                progress.report(e.getMessage());
            }
            progress.fileDone();
        }
        if (!changed.isEmpty() || !removed.isEmpty()) {
            index.commit(new IngestState(files));
            // a bulk load leaves many segments; a small edit is left to the store's own merging
            if (written > 0 && written * 10 >= index.size()) {
                compact();
            }
        }
        progress.finish();
        LOG.infof(
                "Knowledge base %s: %d files, %d chunks indexed; %d files changed, %d chunks embedded, %d removed, %.1f s",
                new IngestState(files).knowledgeVersion(),
                files.size(),
                index.size(),
                changed.size(),
                progress.embedded(),
                removed.size(),
                (System.nanoTime() - started) / 1e9);
    }

    /**
     * Merges what the pass wrote into as few index segments as possible: searches then walk one HNSW graph and one
     * term dictionary instead of one per segment. Everything is already committed, so a failed merge (a full disk)
     * costs only speed; the index reopens on the last commit.
     */
    private void compact() {
        long started = System.nanoTime();
        try {
            index.compact();
            LOG.infof("Index merged for searching in %.1f s", (System.nanoTime() - started) / 1e9);
        } catch (RuntimeException e) {
            LOG.warnf(
                    "Merging the index after the ingest failed (%s); searches stay correct, only slower", describe(e));
            index.discardUncommitted();
        }
    }

    /** Returns the number of chunks written to the index (none when the file only looked changed). */
    private long ingestFile(Path file, Map<String, FileState> files) throws IOException {
        String key = file.toString();
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        String sha = Hashing.sha256(file);
        FileState known = files.get(key);
        if (known != null && known.sha256().equals(sha)) {
            // touched but not changed: remember the new timestamp, index nothing
            files.put(
                    key,
                    new FileState(
                            attributes.size(),
                            attributes.lastModifiedTime().toMillis(),
                            sha,
                            known.chunks(),
                            known.indexedAt()));
            progress.advance(known.chunks(), 0);
            return 0;
        }
        String generation = UUID.randomUUID().toString();
        Batcher batcher = new Batcher(key, generation, file.getFileName().toString());
        try {
            readInto(file, batcher);
        } finally {
            // a failed read must not leave writes running while the caller rolls the index back
            batcher.drainQuietly();
        }
        if (stopping) {
            return 0;
        }
        index.removeStale(key, generation);
        files.put(
                key,
                new FileState(
                        attributes.size(),
                        attributes.lastModifiedTime().toMillis(),
                        sha,
                        batcher.chunks,
                        Instant.now().toString()));
        // commit per file so a crash in a long ingest keeps every file already done
        index.commit(new IngestState(files));
        return batcher.chunks;
    }

    private void readInto(Path file, Batcher batcher) throws IOException {
        if (StatuteReader.isStatuteFile(file)) {
            List<SourceBatch> window = new ArrayList<>(SORT_WINDOW);
            statutes.read(file, batch -> {
                window.add(batch);
                if (window.size() >= SORT_WINDOW) {
                    batcher.addSorted(window);
                    window.clear();
                }
            });
            batcher.addSorted(window);
        } else {
            batcher.addSorted(List.of(guides.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8))
                    .asBatch()));
        }
        batcher.flush();
        batcher.awaitWrites();
    }

    /** Groups chunks into embedding batches, reusing stored vectors, and writes them to the index. */
    private final class Batcher {
        private final String file;
        private final String generation;
        private final String label;
        private final List<SourceBatch> pending = new ArrayList<>();
        private int pendingChunks;
        private long chunks;
        private long lastReport = System.nanoTime();
        private final long startedAt = System.nanoTime();
        private final Deque<Future<?>> inFlight = new ArrayDeque<>();
        private long lastRefresh = System.nanoTime();

        Batcher(String file, String generation, String label) {
            this.file = file;
            this.generation = generation;
            this.label = label;
        }

        void addSorted(List<SourceBatch> batches) {
            List<SourceBatch> sorted = new ArrayList<>(batches);
            sorted.sort(Comparator.comparingInt(b -> b.chunks().stream()
                    .mapToInt(c -> c.embeddingText().length())
                    .sum()));
            for (SourceBatch batch : sorted) {
                pending.add(batch);
                pendingChunks += batch.chunks().size();
                if (pendingChunks >= config.batchSize()) {
                    flush();
                }
            }
        }

        void flush() {
            if (pending.isEmpty() || stopping) {
                return;
            }
            List<KnowledgeChunk> all =
                    pending.stream().flatMap(b -> b.chunks().stream()).toList();
            List<float[]> vectors = new ArrayList<>(all.size());
            List<String> keys = new ArrayList<>(all.size());
            List<Integer> missing = new ArrayList<>();
            for (KnowledgeChunk chunk : all) {
                String key =
                        embeddings.vectorKey(Language.parse(chunk.language()).orElseThrow(), chunk.embeddingText());
                keys.add(key);
                Optional<float[]> stored = index.storedVector(key);
                vectors.add(stored.orElse(null));
                if (stored.isEmpty()) {
                    missing.add(vectors.size() - 1);
                }
            }
            Map<String, List<Integer>> missingByLanguage = new TreeMap<>();
            missing.forEach(i -> missingByLanguage
                    .computeIfAbsent(all.get(i).language(), l -> new ArrayList<>())
                    .add(i));
            missingByLanguage.forEach((language, positions) -> {
                List<float[]> computed = embeddings.embedAll(
                        Language.parse(language).orElseThrow(),
                        positions.stream().map(i -> all.get(i).embeddingText()).toList());
                for (int i = 0; i < positions.size(); i++) {
                    vectors.set(positions.get(i), computed.get(i));
                }
            });
            List<SourceBatch> batches = List.copyOf(pending);
            // a first load is not searched (not ready until it ends), and each refresh would flush a segment that the
            // final merge has to rebuild
            boolean refresh = !progress.firstLoadRunning() && System.nanoTime() - lastRefresh >= REFRESH_EVERY_NANOS;
            if (refresh) {
                lastRefresh = System.nanoTime();
            }
            if (inFlight.size() >= WRITES_IN_FLIGHT) {
                await(inFlight.removeFirst());
            }
            inFlight.addLast(writes.submit(() -> {
                index.upsert(file, generation, batches, vectors, keys);
                if (refresh) {
                    index.refresh();
                }
            }));
            chunks += all.size();
            progress.advance(all.size(), missing.size());
            pending.clear();
            pendingChunks = 0;
            reportIfDue();
        }

        /** Waits until every batch handed to the writer is in the index; rethrows the first write that failed. */
        void awaitWrites() {
            while (!inFlight.isEmpty()) {
                await(inFlight.removeFirst());
            }
        }

        void drainQuietly() {
            inFlight.forEach(KnowledgeIngestor::quietly);
            inFlight.clear();
        }

        private void await(Future<?> write) {
            try {
                write.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                inFlight.forEach(f -> f.cancel(false));
                throw new IllegalStateException("Ingest interrupted", e);
            } catch (ExecutionException e) {
                // the others may still write; let them finish so the rollback sees a quiet writer
                drainQuietly();
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        private void reportIfDue() {
            long now = System.nanoTime();
            if (now - lastReport < PROGRESS_EVERY_NANOS) {
                return;
            }
            lastReport = now;
            double seconds = (now - startedAt) / 1e9;
            double rate = chunks / Math.max(seconds, 1e-3);
            long left = Math.max(0, progress.total() - progress.done());
            LOG.infof(
                    "Ingesting %s: %d/%d chunks, %.0f chunks/s, about %d s left",
                    label, progress.done(), progress.total(), rate, (long) (left / Math.max(rate, 1e-3)));
        }
    }

    private static void quietly(Future<?> write) {
        try {
            write.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // the first failure is the one reported
        }
    }

    private long countChunks(List<Path> files) throws IOException {
        long count = 0;
        for (Path file : files) {
            count += StatuteReader.isStatuteFile(file) ? statutes.countArticles(file) : 1;
        }
        return count;
    }

    List<Path> sourceFiles() throws IOException {
        return KnowledgeFiles.under(config.paths());
    }
}
