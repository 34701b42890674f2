package org.courtguide.laws;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtguide.knowledge.GuideParser.ParsedGuide;
import org.courtguide.source.KnowledgeChunk;
import org.courtguide.source.SourceDocument;

/**
 * Checks guides against the shipped laws: every article a guide names (in its text or its front matter) exists in
 * the shipped version of that law, and every quantity a section states (days, months, years, hours, yuan,
 * percentages, multiples) appears in the text of the articles that section cites.
 */
public final class GuideCheck {

    private static final Pattern ZH_LABEL = Pattern.compile("第([〇零一二两三四五六七八九十百千]+)条");
    private static final Pattern EN_LABEL = Pattern.compile("Article (\\d+)");

    /** The anchor of the text before a guide's first heading (see {@code knowledge.Anchors}). */
    private static final String OVERVIEW = "overview";

    private final LawLibrary laws;

    public GuideCheck(LawLibrary laws) {
        this.laws = laws;
    }

    /** Everything wrong with one guide, each as a sentence naming the guide and section; empty when it passes. */
    public List<String> problems(ParsedGuide guide) {
        List<String> problems = new ArrayList<>();
        SourceDocument doc = guide.document();
        for (SourceDocument.Citation cite : doc.cites()) {
            Optional<Law> law = laws.byName(cite.law());
            if (law.isEmpty()) {
                problems.add(doc.id() + " front matter: law not shipped: " + cite.law());
                continue;
            }
            for (String label : cite.articles()) {
                int number = articleNumber(label);
                if (number < 0 || law.get().article(number).isEmpty()) {
                    problems.add(doc.id() + " front matter: " + law.get().id() + " has no " + label);
                }
            }
        }
        // the overview sums up the guide: its figures must be in an article some section of the guide cites
        Set<StatedNumbers.Quantity> inGuide = new HashSet<>();
        for (KnowledgeChunk section : guide.sections()) {
            problems.addAll(sectionProblems(doc.id(), section, inGuide));
        }
        guide.sections().stream()
                .filter(s -> s.anchor().equals(OVERVIEW))
                .findFirst()
                .ifPresent(overview -> unsupported(doc.id(), overview, inGuide).ifPresent(problems::add));
        return problems;
    }

    private List<String> sectionProblems(String guideId, KnowledgeChunk section, Set<StatedNumbers.Quantity> inGuide) {
        List<String> problems = new ArrayList<>();
        String where = guideId + "#" + section.anchor();
        Set<StatedNumbers.Quantity> inCitedArticles = new HashSet<>();
        for (ArticleReferences.Reference ref : laws.references(section.text())) {
            if (ref.law().isEmpty()) {
                problems.add(where + ": law not shipped: " + ref.lawName() + " (article " + ref.article() + ")");
                continue;
            }
            Optional<Law.Article> article = ref.law().get().article(ref.article());
            if (article.isEmpty()) {
                problems.add(where + ": " + ref.law().get().id() + " has no article " + ref.article());
                continue;
            }
            inCitedArticles.addAll(StatedNumbers.in(article.get().text()));
        }
        inGuide.addAll(inCitedArticles);
        if (!section.anchor().equals(OVERVIEW)) {
            unsupported(guideId, section, inCitedArticles).ifPresent(problems::add);
        }
        return problems;
    }

    private static Optional<String> unsupported(
            String guideId, KnowledgeChunk section, Set<StatedNumbers.Quantity> inArticles) {
        Set<String> missing = new TreeSet<>();
        for (StatedNumbers.Quantity q : StatedNumbers.in(section.text())) {
            if (!inArticles.contains(q)) {
                missing.add(q.toString());
            }
        }
        return missing.isEmpty()
                ? Optional.empty()
                : Optional.of(guideId + "#" + section.anchor() + ": states " + missing
                        + " not found in the articles it cites");
    }

    /** "第一百二十七条" or "Article 127" → 127; -1 if the label is neither. */
    static int articleNumber(String label) {
        Matcher zh = ZH_LABEL.matcher(label);
        if (zh.matches()) {
            return (int) ChineseNumerals.value(zh.group(1));
        }
        Matcher en = EN_LABEL.matcher(label);
        return en.matches() ? Integer.parseInt(en.group(1)) : -1;
    }
}
