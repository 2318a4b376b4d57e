package dev.clearance.rules.model;

/**
 * The answer for one jurisdiction, ordered from least to most restrictive.
 * When several findings apply, the most restrictive wins ({@link #fold}).
 */
public enum Verdict {
    /** An explicit rule allows the subject. Never the result of silence. */
    ALLOWED,
    /** Allowed once the attached conditions (licence, approval, filing, minimum age ...) are met. */
    CONDITIONAL,
    /** The engine cannot decide safely: facts missing, classification unsure, or the law unsettled. */
    REVIEW,
    /** A rule forbids the subject. */
    PROHIBITED;

    public Verdict fold(Verdict other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
