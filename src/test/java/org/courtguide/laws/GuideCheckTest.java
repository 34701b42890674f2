package org.courtguide.laws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.courtguide.knowledge.GuideParser;
import org.courtguide.knowledge.GuideParser.ParsedGuide;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The guide check over the shipped guides and laws: articles named exist, figures stated are in the articles cited,
 * and the Chinese and English guides match one for one.
 */
class GuideCheckTest {

    private static final Path KNOWLEDGE = Path.of("knowledge");
    private static LawLibrary laws;
    private static List<ParsedGuide> guides;

    @BeforeAll
    static void load() throws IOException {
        laws = LawLibrary.load(List.of(KNOWLEDGE));
        GuideParser parser = new GuideParser();
        try (Stream<Path> files = Files.walk(KNOWLEDGE.resolve("guides"))) {
            guides = files.filter(f -> f.toString().endsWith(".md"))
                    .sorted()
                    .map(f -> parse(parser, f))
                    .toList();
        }
    }

    private static ParsedGuide parse(GuideParser parser, Path file) {
        try {
            return parser.parse(file.getFileName().toString(), Files.readString(file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void every_guide_passes_the_check_against_the_shipped_laws() {
        GuideCheck check = new GuideCheck(laws);
        List<String> problems = new ArrayList<>();
        guides.forEach(g -> problems.addAll(check.problems(g)));

        assertThat(problems).isEmpty();
    }

    @Test
    void the_check_reports_an_article_that_does_not_exist_a_law_that_is_not_shipped_and_a_wrong_figure() {
        ParsedGuide bad = new GuideParser().parse("bad-zh.md", """
                ---
                id: bad-zh
                title: 坏例子
                language: zh
                cites:
                  - law: 中华人民共和国民事诉讼法（2023年修正）
                    articles: [第九百条]
                ---
                # 坏例子

                ## 上诉期限是多少天

                不服判决的，可以在判决书送达之日起20日内上诉（《民事诉讼法》第一百七十一条）。

                ## 还有一条

                见《民事诉讼法》第九百九十九条和《不存在的法》第一条。
                """);

        List<String> problems = new GuideCheck(laws).problems(bad);

        assertThat(problems)
                .anyMatch(p -> p.contains("front matter") && p.contains("第九百条"))
                .anyMatch(p -> p.contains("states [20 day]"))
                .anyMatch(p -> p.contains("has no article 999"))
                .anyMatch(p -> p.contains("law not shipped: 不存在的法"));
    }

    @Test
    void figures_written_in_chinese_numerals_in_the_statute_match_arabic_figures_in_an_english_guide() {
        ParsedGuide good = new GuideParser().parse("good-en.md", """
                ---
                id: good-en
                title: Good
                language: en
                ---
                # Good

                ## How long do I have to appeal?

                You can appeal within 15 days of service of the judgment, or 10 days for a ruling
                (Civil Procedure Law, Art. 171).
                """);

        assertThat(new GuideCheck(laws).problems(good)).isEmpty();
    }

    @Test
    void there_are_at_least_32_topics_in_each_language_and_each_guide_has_its_translation_with_the_same_sections() {
        Map<String, ParsedGuide> byId =
                guides.stream().collect(Collectors.toMap(g -> g.document().id(), Function.identity()));
        assertThat(guides.stream().filter(g -> g.document().language().equals("zh")))
                .hasSizeGreaterThanOrEqualTo(32);
        assertThat(guides.stream().filter(g -> g.document().language().equals("en")))
                .hasSizeGreaterThanOrEqualTo(32);
        for (ParsedGuide guide : guides) {
            ParsedGuide translation = byId.get(guide.document().translationOf());
            assertThat(translation)
                    .as(guide.document().id() + " has its translation")
                    .isNotNull();
            assertThat(translation.sections())
                    .as(guide.document().id() + " sections")
                    .hasSameSizeAs(guide.sections());
            assertThat(citedArticles(translation))
                    .as(guide.document().id() + " cites the same articles")
                    .isEqualTo(citedArticles(guide));
        }
    }

    @Test
    void every_guide_says_the_service_compiled_it_and_no_court_issued_it_and_chinese_guides_use_chinese_and_您() {
        for (ParsedGuide guide : guides) {
            String issuer = guide.document().issuer();
            if (guide.document().language().equals("zh")) {
                assertThat(issuer).as(guide.document().id()).contains("诉讼指引").contains("不是法院发布");
                String text = guide.document().title()
                        + guide.document().easyRead()
                        + guide.sections().stream().map(s -> s.text()).collect(Collectors.joining());
                assertThat(text).as(guide.document().id()).doesNotContain("你").doesNotContain("Court Guide");
            } else {
                assertThat(issuer)
                        .as(guide.document().id())
                        .contains("Court Guide")
                        .contains("not issued by a court");
            }
        }
    }

    private static Set<String> citedArticles(ParsedGuide guide) {
        Set<String> cited = new TreeSet<>();
        guide.sections()
                .forEach(s -> laws.references(s.text()).stream()
                        .filter(r -> r.law().isPresent())
                        .forEach(r -> cited.add(r.law().get().id() + ":" + r.article())));
        return cited;
    }
}
