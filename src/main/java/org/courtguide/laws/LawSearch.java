package org.courtguide.laws;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Keyword search over the shipped laws' articles, no AI: an article matches when its title or text contains every
 * word of the query (words split at spaces and punctuation; "第一百二十七条" or "Article 127" with a law's name finds
 * that article too).
 */
public final class LawSearch {

    /** One matching article and the passage around the first word found. */
    public record Hit(Law law, Law.Article article, String snippet) {
        public String href() {
            return law.href() + "#" + article.anchor();
        }
    }

    private static final int SNIPPET_CHARS = 120;

    private LawSearch() {}

    public static List<Hit> search(LawLibrary laws, String query, int max) {
        List<String> words = Arrays.stream(query.toLowerCase(Locale.ROOT).split("[\\s,，。、;；:：?？!！《》()（）]+"))
                .filter(w -> !w.isBlank())
                .toList();
        List<Hit> hits = new ArrayList<>();
        if (words.isEmpty()) {
            return hits;
        }
        for (Law law : laws.all()) {
            String lawNames =
                    (law.title() + " " + law.titleEn() + " " + String.join(" ", law.names())).toLowerCase(Locale.ROOT);
            for (Law.Article article : law.articles()) {
                String haystack = article.article() + " " + article.text().toLowerCase(Locale.ROOT);
                if (words.stream().allMatch(w -> haystack.contains(w) || lawNames.contains(w))
                        && words.stream().anyMatch(haystack::contains)) {
                    hits.add(new Hit(law, article, snippet(article.text(), words)));
                    if (hits.size() == max) {
                        return hits;
                    }
                }
            }
        }
        return hits;
    }

    private static String snippet(String text, List<String> words) {
        String lower = text.toLowerCase(Locale.ROOT);
        int at = words.stream()
                .mapToInt(lower::indexOf)
                .filter(i -> i >= 0)
                .min()
                .orElse(0);
        int from = Math.max(0, at - SNIPPET_CHARS / 3);
        int to = Math.min(text.length(), from + SNIPPET_CHARS);
        return (from > 0 ? "…" : "") + text.substring(from, to).replace('\n', ' ') + (to < text.length() ? "…" : "");
    }
}
