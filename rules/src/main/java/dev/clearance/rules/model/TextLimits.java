package dev.clearance.rules.model;

/**
 * Longest text each field accepts, in UTF-16 units. Generous for real titles, names and
 * contract terms, small enough that one request cannot tie up a decision thread.
 */
public final class TextLimits {

    public static final int TITLE = 500;
    public static final int DESCRIPTION = 10_000;
    public static final int TERMS = 20_000;
    public static final int LABEL = 200;
    public static final int NAME = 300;
    public static final int SCOPE = 5_000;

    private TextLimits() {
    }
}
