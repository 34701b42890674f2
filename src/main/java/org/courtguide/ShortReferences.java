package org.courtguide;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * References a person can read out on the phone ({@code CG-7K3M-9Q2X}): the intake's case references and the
 * references of answers. Random, so not guessable, but not secrets either.
 */
public final class ShortReferences {

    /** No 0/O, 1/I/L or U: easy to read out and copy by hand. */
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern REFERENCE =
            Pattern.compile("CG-[" + new String(ALPHABET) + "]{4}-[" + new String(ALPHABET) + "]{4}");

    private ShortReferences() {}

    /** A new {@code CG-XXXX-XXXX} reference that {@code taken} does not already know. */
    public static String newReference(Predicate<String> taken) {
        String reference;
        do {
            reference = "CG-" + code(4) + "-" + code(4);
        } while (taken.test(reference));
        return reference;
    }

    /** {@code length} random characters of the read-aloud alphabet. */
    public static String code(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return text.toString();
    }

    /** People type references in lower case and with spaces; references are upper case with dashes. */
    public static String normalize(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** Whether the text, once normalised, has the form of a reference. */
    public static boolean isReference(String value) {
        return REFERENCE.matcher(normalize(value)).matches();
    }
}
