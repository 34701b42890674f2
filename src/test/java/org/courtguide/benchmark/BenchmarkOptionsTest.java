package org.courtguide.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code bench} finds the index {@code eval} built for the same corpus, and refuses options it does not know. */
class BenchmarkOptionsTest {

    @Test
    void uses_the_data_folder_eval_uses_for_the_same_corpus() {
        BenchmarkOptions options = BenchmarkOptions.parse(
                new String[] {"--corpus", "/data/corpus-large/articles.jsonl.gz", "--questions", "q.jsonl"});
        assertThat(options.dataDir()).isEqualTo(Path.of("./data/eval/_data_corpus_large_articles_jsonl_gz"));
        assertThat(options.out()).isEqualTo(Path.of("docs/reports/bench-articles.json"));
        assertThat(options.clients()).isEqualTo(16);
        assertThat(options.warmUpSeconds()).isEqualTo(60);
        assertThat(options.baseline()).isTrue();
        assertThat(options.restart()).isTrue();
    }

    @Test
    void a_data_folder_given_without_a_leading_dot_opens_relative_to_the_working_folder() {
        // the database in it would otherwise refuse to start ("implicitly relative" paths are not allowed in H2)
        assertThat(BenchmarkOptions.parse(
                                new String[] {"--corpus", "c", "--questions", "q", "--data-dir", "data/large"})
                        .dataDir()
                        .toString())
                .isEqualTo("./data/large");
        assertThat(BenchmarkOptions.parse(
                                new String[] {"--corpus", "c", "--questions", "q", "--data-dir", "/srv/large"})
                        .dataDir()
                        .toString())
                .isEqualTo("/srv/large");
    }

    @Test
    void a_short_warm_up_can_be_asked_for() {
        assertThat(BenchmarkOptions.parse(new String[] {"--corpus", "c", "--questions", "q", "--warm-up", "5"})
                        .warmUpSeconds())
                .isEqualTo(5);
    }

    @Test
    void refuses_unknown_options_and_missing_values() {
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--corpus", "c", "--questions", "q", "--fast"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--fast");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--corpus", "c", "--questions"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--corpus", "c"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenchmarkOptions.parse(
                        new String[] {"--corpus", "c", "--questions", "q", "--clients", "sixteen"}))
                .hasMessageContaining("--clients needs a whole number, not sixteen")
                .hasMessageContaining("usage: bench");
    }
}
