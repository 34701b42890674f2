package org.courtguide.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code eval} names its report after the corpus, and a mistyped option is answered with the usage line. */
class EvaluationOptionsTest {

    @Test
    void the_report_is_named_after_the_corpus_and_the_baseline_runs_unless_declined() {
        EvaluationCommand.Options options = EvaluationCommand.Options.parse(new String[] {
            "--corpus", "/data/corpus-large/articles.jsonl.gz", "--questions", "dev.jsonl", "--limit", "50"
        });
        assertThat(options.out()).isEqualTo(Path.of("docs/reports/eval-articles.json"));
        assertThat(options.limit()).isEqualTo(50);
        assertThat(options.baseline()).isTrue();
        assertThat(options.details()).isEmpty();
        assertThat(EvaluationCommand.Options.parse(new String[] {"--corpus", "c", "--questions", "q", "--no-baseline"})
                        .baseline())
                .isFalse();
    }

    @Test
    void unknown_options_missing_values_and_a_limit_that_is_not_a_number_are_refused_with_the_usage() {
        assertThatThrownBy(() -> EvaluationCommand.Options.parse(new String[] {"--help"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--help")
                .hasMessageContaining("usage: eval --corpus FILE");
        assertThatThrownBy(() -> EvaluationCommand.Options.parse(new String[] {"--corpus", "c", "--questions"}))
                .hasMessageContaining("--questions needs a value");
        assertThatThrownBy(() -> EvaluationCommand.Options.parse(new String[] {"--corpus", "c"}))
                .hasMessageStartingWith("usage: eval");
        assertThatThrownBy(() -> EvaluationCommand.Options.parse(
                        new String[] {"--corpus", "c", "--questions", "q", "--limit", "all"}))
                .hasMessageContaining("--limit needs a whole number, not all");
    }

    @Test
    void per_question_details_are_written_only_when_asked_for_and_rank_the_first_gold_article() {
        assertThat(EvaluationCommand.Options.parse(
                                new String[] {"--corpus", "c", "--questions", "q", "--details", "ranks.jsonl"})
                        .details())
                .contains(Path.of("ranks.jsonl"));
        assertThat(EvaluationCommand.firstGoldRank(java.util.List.of("a", "b", "c"), java.util.List.of("c", "b")))
                .isEqualTo(2);
        assertThat(EvaluationCommand.firstGoldRank(java.util.List.of("a", "b"), java.util.List.of("z")))
                .isNull();
    }
}
