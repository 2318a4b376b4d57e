package dev.clearance.rules.model;

/** Where the law says it: an instrument and the article within it. */
public record Citation(String instrument, String article) {
}
