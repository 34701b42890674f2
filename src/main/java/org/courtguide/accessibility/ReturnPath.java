package org.courtguide.accessibility;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where a preference switch sends the user back to. Only a path on this site is accepted, so the switch cannot be
 * used to send someone to another site (no scheme, no host, no {@code //} or backslash tricks).
 */
public final class ReturnPath {

    static final String HOME = "/";
    private static final int MAX_LENGTH = 2048;

    private ReturnPath() {}

    public static String safe(String candidate) {
        if (candidate == null || candidate.isBlank() || candidate.length() > MAX_LENGTH) {
            return HOME;
        }
        if (!candidate.startsWith("/")
                || candidate.startsWith("//")
                || candidate.contains("\\")
                || candidate.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return HOME;
        }
        try {
            URI uri = new URI(candidate);
            if (uri.getScheme() != null
                    || uri.getRawAuthority() != null
                    || uri.getRawPath() == null
                    || !uri.getRawPath().startsWith("/")) {
                return HOME;
            }
            return candidate;
        } catch (URISyntaxException e) {
            return HOME;
        }
    }
}
