package org.courtguide.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.courtguide.answering.CitationVerifier.Verdict;
import org.junit.jupiter.api.Test;

/** Which generated answers may be shown, and how long the check takes. */
class CitationVerifierTest {

    @Test
    void accepts_an_answer_citing_given_sources_and_renumbers_them_in_order_of_use() {
        Verdict verdict = CitationVerifier.verify(
                new GuidedAnswer("Appeal in 15 days [3]. Fees [1, 3]. Forms【2】.", List.of(3, 1, 2)), 8);

        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.text()).isEqualTo("Appeal in 15 days [1]. Fees [2][1]. Forms[3].");
        assertThat(verdict.sources()).containsExactly(3, 1, 2);
    }

    @Test
    void rejects_a_marker_beyond_the_numbered_sources() {
        assertThat(CitationVerifier.verify(new GuidedAnswer("File [1]. Pay [9].", List.of(1)), 8)
                        .valid())
                .isFalse();
        assertThat(CitationVerifier.verify(new GuidedAnswer("File [0].", List.of()), 8)
                        .valid())
                .isFalse();
    }

    @Test
    void rejects_an_answer_without_any_citation() {
        Verdict verdict = CitationVerifier.verify(new GuidedAnswer("You will win.", List.of(1)), 8);

        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.problem()).isEqualTo("no citation");
    }

    @Test
    void rejects_a_listed_source_that_was_not_given() {
        assertThat(CitationVerifier.verify(new GuidedAnswer("File [1].", List.of(1, 12)), 8)
                        .valid())
                .isFalse();
    }

    @Test
    void placeholders_and_years_in_brackets_are_not_citations() {
        Verdict verdict =
                CitationVerifier.verify(new GuidedAnswer("Call [phone number] about case [2023] [1].", List.of(1)), 1);

        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.sources()).containsExactly(1);
    }

    /** The added latency of verification: a typical answer (~1,200 characters, 6 markers), measured after warm-up. */
    @Test
    void verification_of_a_typical_answer_takes_microseconds() {
        String paragraph =
                "You hand in a written complaint with one copy for each defendant [1]. It states your claims, "
                        + "the facts and your evidence [2]. The court decides within seven days whether to register it [3]. ";
        GuidedAnswer answer = new GuidedAnswer(paragraph.repeat(4), List.of(1, 2, 3));
        for (int i = 0; i < 20_000; i++) {
            CitationVerifier.verify(answer, 8);
        }
        int runs = 50_000;
        int valid = 0;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            valid += CitationVerifier.verify(answer, 8).valid() ? 1 : 0;
        }
        double micros = (System.nanoTime() - start) / 1000.0 / runs;
        System.out.printf(
                "citation verification: %.1f µs per answer of %d characters (mean of %d)%n",
                micros, answer.answer().length(), runs);
        assertThat(valid).isEqualTo(runs);
        assertThat(micros).as("verification must not add noticeable latency").isLessThan(5_000);
    }
}
