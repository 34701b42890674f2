package org.courtguide.safety;

/** A service to call, with its name in the language of the question. */
public record Contact(String name, String number) {
}
