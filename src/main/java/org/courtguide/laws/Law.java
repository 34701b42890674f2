package org.courtguide.laws;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Optional;

/**
 * One version of a law or judicial interpretation as shipped in {@code knowledge/laws/<id>.json}: its titles, the
 * version and effective date the guides rely on, the names the guides cite it by, where the text came from and its
 * articles in order.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Law(
        String id,
        String title,
        String titleEn,
        String version,
        String effective,
        List<String> names,
        Source source,
        List<Article> articles) {

    /** Where the text was taken from (a collection of official texts, a path and, when known, a commit). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Source(String collection, String path, String commit) {}

    /** One article: its label as printed ("第一百二十七条"), its number, the chapter heading and the text. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Article(String article, Integer number, String heading, String text) {

        /** The page anchor of the article, as {@code /laws/{id}#{anchor}}. */
        public String anchor() {
            return number == null ? article : "art-" + number;
        }

        /** The article's paragraphs (款), one per line of the text. */
        public List<String> paragraphs() {
            // the collection pads some articles with zero-width spaces
            return text.lines()
                    .map(l -> l.replace("\u200b", "").strip())
                    .filter(l -> !l.isEmpty())
                    .toList();
        }
    }

    public Optional<Article> article(int number) {
        return articles.stream()
                .filter(a -> a.number() != null && a.number() == number)
                .findFirst();
    }

    public String title(String language) {
        return "en".equals(language) && titleEn != null && !titleEn.isBlank() ? titleEn : title;
    }

    public String href() {
        return "/laws/" + id;
    }

    public String href(int number) {
        return href() + "#art-" + number;
    }
}
