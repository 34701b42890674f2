package org.courtguide.ask;

/** A guide suggested when the assistant abstains. */
public record GuideLink(String title, String url) {}
