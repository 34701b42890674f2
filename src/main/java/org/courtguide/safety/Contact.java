package org.courtguide.safety;

/** A service to call, with its name in the language of the question. */
public record Contact(String name, String number) {

    /** The number as a call link ({@code tel:110}): one tap on a phone dials it. */
    public String telHref() {
        return "tel:" + number.replaceAll("[^0-9+]", "");
    }
}
