package org.courtguide.laws;

/** A shipped law as a list shows it: its title in the page's language where one is known, else the Chinese title. */
public record LawView(Law law, String title, boolean translatedTitle) {

    public static LawView of(Law law, String language) {
        String title = law.title(language);
        return new LawView(law, title, !title.equals(law.title()));
    }
}
