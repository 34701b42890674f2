package org.courtguide.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.courtguide.retrieval.IngestState;
import org.courtguide.retrieval.KnowledgeIndex;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/**
 * A question asked while the very first ingest is still filling an empty index would be told that the guidance does
 * not cover it; the app must not take traffic until that first load is done. (The index is mocked: only its size and
 * state are read here; the real index is exercised by the ingest tests.)
 */
class KnowledgeReadinessCheckTest {

    private final KnowledgeIndex index = mock(KnowledgeIndex.class);
    private final KnowledgeConfig config = mock(KnowledgeConfig.class);
    private final IngestProgress progress = new IngestProgress();
    private final KnowledgeReadinessCheck check = new KnowledgeReadinessCheck(index, progress, config);

    private HealthCheckResponse.Status status(long chunks) {
        when(index.size()).thenReturn(chunks);
        when(index.state()).thenReturn(IngestState.empty());
        return check.call().getStatus();
    }

    @Test
    void not_ready_before_and_during_the_first_ingest_into_an_empty_index() {
        when(config.ingestAtStartup()).thenReturn(true);
        assertThat(status(0)).isEqualTo(HealthCheckResponse.Status.DOWN);

        progress.start(12, 246, true);
        progress.advance(40, 40);
        assertThat(status(40)).isEqualTo(HealthCheckResponse.Status.DOWN);

        progress.finish();
        assertThat(status(246)).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void a_later_ingest_keeps_answering_from_what_is_indexed() {
        when(config.ingestAtStartup()).thenReturn(true);
        progress.start(3, 5_000, false);

        assertThat(status(246)).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void a_store_filled_by_a_separate_job_is_ready_even_when_empty() {
        when(config.ingestAtStartup()).thenReturn(false);

        assertThat(status(0)).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void a_failed_first_ingest_leaves_nothing_to_answer_from() {
        when(config.ingestAtStartup()).thenReturn(true);
        progress.start(12, 246, true);
        progress.fail("no space left on device for the index");

        assertThat(status(0)).isEqualTo(HealthCheckResponse.Status.DOWN);
    }

    @Test
    void while_loading_the_progress_is_reported_in_files_with_the_chunks_as_a_separate_figure() {
        when(config.ingestAtStartup()).thenReturn(true);
        when(index.size()).thenReturn(0L);
        when(index.state()).thenReturn(IngestState.empty());
        // as the ingestor reports it: 28 guide files to read, three read so far, which gave 133 sections
        progress.start(28, 28, true);
        progress.advance(60, 60);
        progress.fileDone();
        progress.advance(40, 40);
        progress.fileDone();
        progress.advance(33, 33);
        progress.fileDone();

        var data = check.call().getData().orElseThrow();
        assertThat(data)
                .containsEntry("firstIngestFiles", "3/28")
                .containsEntry("firstIngestChunks", 133L)
                .doesNotContainKey("firstIngest");
    }
}
