package dev.clearance.rules.matching;

/** How long an order's unfilled remainder lives. */
public enum TimeInForce {
    /** Good till cancelled: the remainder rests on the book. */
    GTC,
    /** Immediate or cancel: the remainder is cancelled after matching. */
    IOC;

    private static final TimeInForce[] BY_ORDINAL = values();

    static TimeInForce ofOrdinal(int ordinal) {
        return BY_ORDINAL[ordinal];
    }
}
