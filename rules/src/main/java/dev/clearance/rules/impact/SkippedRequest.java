package dev.clearance.rules.impact;

/** A stored or corpus entry that could not be turned into a request, and why; reported, never dropped silently. */
public record SkippedRequest(String source, String label, String reason) {
}
