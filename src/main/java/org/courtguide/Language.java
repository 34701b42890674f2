package org.courtguide;

import java.util.Locale;
import java.util.Optional;

/** The two languages Court Guide speaks, and how a question's language is told when the user did not say. */
public enum Language {
    ZH,
    EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** Between a label and its value: full-width "：" in Chinese, ": " in English. */
    public String labelSeparator() {
        return this == ZH ? "：" : ": ";
    }

    /** Between the items of a list of names: "、" in Chinese, ", " in English. */
    public String listSeparator() {
        return this == ZH ? "、" : ", ";
    }

    /** Between longer items, each perhaps with commas of its own: "；" in Chinese, "; " in English. */
    public String clauseSeparator() {
        return this == ZH ? "；" : "; ";
    }

    /** {@code zh}, {@code zh-CN}, {@code en-GB}… → the language; anything else → empty. */
    public static Optional<Language> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String lower = value.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("zh")) {
            return Optional.of(ZH);
        }
        if (lower.startsWith("en")) {
            return Optional.of(EN);
        }
        return Optional.empty();
    }

    /** Chinese when Han characters make up a noticeable share of the letters, else English. */
    public static Language detect(String text) {
        long han = 0;
        long latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han++;
            } else if (Character.isLetter(cp) && cp < 0x250) {
                latin++;
            }
            i += Character.charCount(cp);
        }
        // one Han character carries about as much as a Latin word of five letters
        return han * 5 >= latin && han > 0 ? ZH : EN;
    }

    /** Picks from an Accept-Language header the first language Court Guide speaks. */
    public static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null) {
            return Optional.empty();
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .map(r -> parse(r.getRange()))
                    .flatMap(Optional::stream)
                    .findFirst();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
