package org.courtguide.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.courtguide.source.KnowledgeChunk;
import org.courtguide.source.SourceKind;
import org.courtguide.source.Validity;
import org.junit.jupiter.api.Test;

/** A snippet keeps the words of a section's Markdown and drops its markers. */
class SnippetsTest {

    private static KnowledgeChunk chunk(String markdown) {
        return new KnowledgeChunk(
                "c",
                "legal-aid-en",
                SourceKind.GUIDE,
                "en",
                Validity.VALID,
                "Legal aid",
                "Who",
                "who",
                0,
                "unused",
                markdown);
    }

    @Test
    void list_markers_emphasis_and_links_become_plain_words() {
        String markdown = """
                Legal aid covers:

                - claiming **state compensation**;
                - claiming support for [parents](https://example.org), children or a spouse;
                1. asking for `wages`.
                """;

        assertThat(Snippets.of(chunk(markdown), 500))
                .isEqualTo(
                        "Legal aid covers: claiming state compensation; claiming support for parents, children or a spouse;"
                                + " asking for wages.");
    }

    @Test
    void a_long_section_is_cut_with_an_ellipsis() {
        assertThat(Snippets.of(chunk("- " + "一二三四五".repeat(10)), 12)).isEqualTo("一二三四五一二三四五一二…");
    }
}
