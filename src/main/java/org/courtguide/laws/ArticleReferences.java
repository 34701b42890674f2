package org.courtguide.laws;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the articles a guide's text names: "《民事诉讼法》第八十八条、第八十九条" in Chinese and "(Civil Procedure Law, Arts. 87
 * and 88)" in English. A reference whose law is not among the shipped laws is returned with no law, so a check can
 * report it and a page can leave it as plain text.
 */
public final class ArticleReferences {

    /** One article reference at [start, end) of the text; {@code law} is empty when the law is not shipped. */
    public record Reference(String lawName, Optional<Law> law, int article, int start, int end) {}

    private static final Pattern ZH =
            Pattern.compile("《([^》]+)》((?:第[〇零一二两三四五六七八九十百千]+条(?:第[一二三四五六七八九十]+[款项])*(?:[、和及]|以及)?)+)");
    private static final Pattern ZH_ARTICLE = Pattern.compile("第([〇零一二两三四五六七八九十百千]+)条");
    private static final Pattern EN = Pattern.compile(
            "([A-Z][A-Za-z'’ -]*?(?:Law|Code|Costs|Provisions|Interpretation|Measures|Rules|of the [A-Z]{2,5}))"
                    + ",?\\s+Arts?\\.\\s+(\\d+(?:(?:,\\s*|,?\\s+and\\s+)\\d+)*)");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private ArticleReferences() {}

    public static List<Reference> find(String text, Map<String, Law> lawsByName) {
        List<Reference> found = new ArrayList<>();
        Matcher zh = ZH.matcher(text);
        while (zh.find()) {
            String name = normalizeName(zh.group(1));
            Optional<Law> law = Optional.ofNullable(lawsByName.get(name));
            Matcher article = ZH_ARTICLE.matcher(zh.group(2));
            while (article.find()) {
                int start = zh.start(2) + article.start();
                found.add(new Reference(
                        name, law, (int) ChineseNumerals.value(article.group(1)), start, zh.start(2) + article.end()));
            }
        }
        Matcher en = EN.matcher(text);
        while (en.find()) {
            String name = longestKnownSuffix(en.group(1), lawsByName);
            Optional<Law> law = Optional.ofNullable(lawsByName.get(name));
            Matcher number = NUMBER.matcher(en.group(2));
            while (number.find()) {
                found.add(new Reference(
                        name,
                        law,
                        Integer.parseInt(number.group()),
                        en.start(2) + number.start(),
                        en.start(2) + number.end()));
            }
        }
        found.sort(Comparator.comparingInt(Reference::start));
        return found;
    }

    /** Titles nest quotation marks as 〈〉 inside 《》; the shipped names use 《》 throughout. */
    public static String normalizeName(String name) {
        return name.strip().replace('〈', '《').replace('〉', '》');
    }

    /** "under Civil Code" → "Civil Code": the longest shipped name the captured words end with, else the words. */
    private static String longestKnownSuffix(String words, Map<String, Law> lawsByName) {
        String best = null;
        for (String name : lawsByName.keySet()) {
            if (words.endsWith(name)
                    && (best == null || name.length() > best.length())
                    && (words.length() == name.length() || words.charAt(words.length() - name.length() - 1) == ' ')) {
                // a whole-word suffix only: "the Civil Code" is the Civil Code, "Uncivil Code" is not
                best = name;
            }
        }
        return best != null ? best : words.strip();
    }
}
