package dev.clearance.rules.text;

/** What a hit on a term means for the name that contains it. */
public enum TermTier {
    /** A term the law lists: the name may not contain it. */
    PROHIBITED,
    /** A related term ("terms such as"): a person reviews the name. */
    REVIEW,
    /** A longer innocent word that contains a term; it suppresses the hits it covers. */
    ALLOW;

    /** True when a hit of this tier may hide a hit of {@code other} that it covers. */
    boolean outranksOrEquals(TermTier other) {
        return ordinal() <= other.ordinal();
    }
}
