package org.courtguide.source;

/** What a piece of knowledge is: a plain-language guide written for the public, or an article of a statute. */
public enum SourceKind {
    GUIDE,
    STATUTE
}
