package dev.clearance.rules.model;

/**
 * A span of the caller's original text that a finding rests on. {@code start} and {@code end}
 * are UTF-16 offsets into the named field, end exclusive.
 */
public record Evidence(String field, String text, int start, int end) {
}
