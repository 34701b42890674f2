package org.courtguide.web;

import org.courtguide.Language;
import org.courtguide.accessibility.DisplayMode;

/**
 * What every page's layout needs: the page language and the link that switches it, the display mode and the link
 * that toggles it, and the page title. Built by {@link PageLanguage}; templates read it, they never compute it.
 */
public record Page(
        Language language, String switchLanguageHref, String title, DisplayMode mode, String modeToggleHref) {

    public String lang() {
        return language.code();
    }

    public String otherLang() {
        return language == Language.ZH ? "en" : "zh";
    }

    /** True in accessible mode: larger text, high contrast, plain-language answers, read aloud. */
    public boolean accessible() {
        return mode == DisplayMode.ACCESSIBLE;
    }

    /** Classes on {@code <body>} that select the mode's styles. */
    public String bodyClass() {
        return "mode-" + mode.code();
    }

    public Page titled(String pageTitle) {
        return new Page(language, switchLanguageHref, pageTitle, mode, modeToggleHref);
    }

    public Page inLanguage(Language pageLanguage) {
        return new Page(pageLanguage, switchLanguageHref, title, mode, modeToggleHref);
    }
}
