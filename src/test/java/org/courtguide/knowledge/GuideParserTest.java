package org.courtguide.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.courtguide.source.KnowledgeChunk;
import org.courtguide.source.SourceDocument;
import org.courtguide.source.Validity;
import org.junit.jupiter.api.Test;

class GuideParserTest {

    private final GuideParser parser = new GuideParser();

    private static final String GUIDE = """
            ---
            id: sample-en
            title: Sample guide
            issuer: Test court
            source_url: https://example.org/guide
            published: 2026-01-02
            effective: 2024-01-01
            validity: superseded
            language: en
            topics: [filing]
            cites:
              - law: Civil Procedure Law
                articles: [Article 122, Article 123]
            easy_read:
              - Short sentence.
            glossary:
              - term: Filing
                meaning: The court takes your case.
            translation_of: sample-zh
            ---

            # Sample guide

            An introduction.

            ## Where do I file?

            At the **basic court**.

            - first point
            - second point

            ### Online

            Through the online platform.

            ## 费用是多少

            按标准交纳。
            """;

    @Test
    void reads_front_matter_into_metadata() {
        SourceDocument doc = parser.parse("sample-en.md", GUIDE).document();

        assertThat(doc.id()).isEqualTo("sample-en");
        assertThat(doc.validity()).isEqualTo(Validity.SUPERSEDED);
        assertThat(doc.published()).isEqualTo("2026-01-02");
        assertThat(doc.displayDate()).isEqualTo("2024-01-01");
        assertThat(doc.cites())
                .containsExactly(
                        new SourceDocument.Citation("Civil Procedure Law", List.of("Article 122", "Article 123")));
        assertThat(doc.glossary())
                .extracting(SourceDocument.GlossaryEntry::term)
                .containsExactly("Filing");
        assertThat(doc.translationOf()).isEqualTo("sample-zh");
    }

    @Test
    void splits_the_body_at_headings_keeping_heading_path_and_anchor() {
        List<KnowledgeChunk> sections = parser.parse("sample-en.md", GUIDE).sections();

        assertThat(sections)
                .extracting(KnowledgeChunk::section)
                .containsExactly("", "Where do I file?", "Where do I file? › Online", "费用是多少");
        assertThat(sections)
                .extracting(KnowledgeChunk::anchor)
                .containsExactly("overview", "s1-where-do-i-file", "s2-online", "s3");
        KnowledgeChunk where = sections.get(1);
        assertThat(where.title()).isEqualTo("Sample guide");
        assertThat(where.text())
                .contains("At the basic court.")
                .contains("first point")
                .doesNotContain("**");
        assertThat(where.markdown()).contains("**basic court**").contains("- second point");
        assertThat(where.chunkId()).isEqualTo("sample-en#s1-where-do-i-file");
        assertThat(sections).allSatisfy(c -> assertThat(c.validity()).isEqualTo(Validity.SUPERSEDED));
    }

    @Test
    void rejects_a_guide_without_front_matter_naming_the_file() {
        assertThatThrownBy(() -> parser.parse("broken.md", "# No front matter"))
                .isInstanceOf(InvalidSourceException.class)
                .hasMessageContaining("broken.md");
    }

    @Test
    void rejects_an_unknown_validity() {
        String bad = GUIDE.replace("validity: superseded", "validity: maybe");
        assertThatThrownBy(() -> parser.parse("bad.md", bad))
                .isInstanceOf(InvalidSourceException.class)
                .hasMessageContaining("validity");
    }

    @Test
    void rejects_a_language_other_than_zh_or_en() {
        String bad = GUIDE.replace("language: en", "language: fr");
        assertThatThrownBy(() -> parser.parse("bad.md", bad))
                .isInstanceOf(InvalidSourceException.class)
                .hasMessageContaining("language");
    }

    @Test
    void reads_who_reviewed_a_guide_and_when_and_an_unreviewed_guide_has_neither() {
        String reviewed = GUIDE.replace("translation_of: sample-zh", """
                translation_of: sample-zh
                reviewed-by: Example Basic People's Court
                reviewed-on: 2026-12-01""");

        SourceDocument doc = parser.parse("sample-en.md", reviewed).document();
        SourceDocument unreviewed = parser.parse("sample-en.md", GUIDE).document();

        assertThat(doc.reviewed()).isTrue();
        assertThat(doc.reviewedBy()).isEqualTo("Example Basic People's Court");
        assertThat(doc.reviewedOn()).isEqualTo("2026-12-01");
        assertThat(unreviewed.reviewed()).isFalse();
    }
}
