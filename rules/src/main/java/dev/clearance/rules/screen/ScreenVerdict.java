package dev.clearance.rules.screen;

/**
 * The screening result of one row. Not an engine {@code Verdict}: a bulk file says which terms
 * were found; the engine's per-name decision is what cites the article.
 */
public enum ScreenVerdict {
    /** A listed term was found. */
    PROHIBITED,
    /** A related term was found, and no listed one. */
    REVIEW,
    /** No term was found. */
    CLEAR
}
