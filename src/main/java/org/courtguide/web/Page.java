package org.courtguide.web;

import org.courtguide.Language;

/**
 * What every page's layout needs: the page language, the link that switches it, and the path the page was asked
 * under. Built by {@link PageLanguage}; templates read it, they never compute it.
 */
public record Page(Language language, String switchLanguageHref, String title) {

    public String lang() {
        return language.code();
    }

    public String otherLang() {
        return language == Language.ZH ? "en" : "zh";
    }

    public Page titled(String pageTitle) {
        return new Page(language, switchLanguageHref, pageTitle);
    }
}
