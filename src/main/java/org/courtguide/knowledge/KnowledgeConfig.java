package org.courtguide.knowledge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.List;

/** Where guidance comes from and how it is ingested. */
@ConfigMapping(prefix = "court-guide.knowledge")
public interface KnowledgeConfig {

    /**
     * Knowledge sources: folders of Markdown guides and/or statute collections ({@code .jsonl} or {@code .jsonl.gz},
     * one article per line). Defaults to the repository's {@code knowledge} folder.
     */
    @WithDefault("knowledge")
    List<Path> paths();

    /**
     * Ingest when the app starts. Turned off where a separate job ingests (several replicas sharing one vector store)
     * and by the {@code reindex} and {@code eval} commands, which ingest in the foreground themselves.
     */
    @WithDefault("true")
    boolean ingestAtStartup();

    /**
     * Run the ingest in the background so the app answers from what is already indexed while a large corpus loads.
     * With {@code false} start-up waits until ingestion is complete.
     */
    @WithDefault("true")
    boolean background();

    /** Texts embedded per batch; larger batches use both cores better, smaller ones report progress more often. */
    @WithDefault("64")
    int batchSize();

    /** Statute articles longer than this many characters are split into several chunks that keep the article's id. */
    @WithDefault("600")
    int maxChunkChars();
}
