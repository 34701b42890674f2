package org.courtguide.web;

/** The body of every API error: a stable code for programs and a short message in the user's language. */
public record ApiError(String code, String message) {}
