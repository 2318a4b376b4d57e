package dev.clearance.rules.matching;

/**
 * What happens when an incoming order would trade with a resting order of the same beneficial
 * owner (CME/ICE self-match prevention, FIX tag 2964 semantics). The incoming order's mode
 * applies; an order without a mode takes its participant's default.
 */
public enum SelfTradeMode {
    /** Cancel the resting order and keep matching the incoming one. */
    CANCEL_RESTING,
    /** Cancel the rest of the incoming order; the resting order stays. */
    CANCEL_TAKING,
    /** Cancel both. */
    CANCEL_BOTH;

    private static final SelfTradeMode[] BY_ORDINAL = values();

    static SelfTradeMode ofOrdinal(int ordinal) {
        return BY_ORDINAL[ordinal];
    }
}
