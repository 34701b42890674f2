package org.courtguide.guides;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where a source and its sections are shown: {@code /guides/{id}#{anchor}}, ids percent-encoded. */
public final class GuideLinks {

    private GuideLinks() {}

    public static String source(String sourceId) {
        return "/guides/" + URLEncoder.encode(sourceId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static String section(String sourceId, String anchor) {
        return source(sourceId) + "#" + anchor;
    }
}
