package dev.clearance.rules.matching;

/**
 * Every outcome of a command, one enum with a number range per stage (as exchange-core's
 * CommandResultCode): 0 accepted, 1xx validation, 2xx eligibility, 3xx pre-trade risk,
 * 4xx self-trade prevention, 5xx cancellations that are not rejections.
 */
public enum ReasonCode {
    ACCEPTED(0),

    INVALID_PRICE(100),
    INVALID_QUANTITY(101),
    DUPLICATE_ORDER_ID(102),
    UNKNOWN_PARTICIPANT(103),
    UNKNOWN_ORDER(104),
    NOT_ORDER_OWNER(105),
    ORDER_CAPACITY_EXHAUSTED(106),
    INSUFFICIENT_POSITION(107),

    JURISDICTION_NOT_LISTED(200),
    JURISDICTION_NOT_ELIGIBLE(201),
    JURISDICTION_HALTED(202),
    AGE_NOT_VERIFIED(203),
    BELOW_MINIMUM_AGE(204),

    KILL_SWITCH_ENGAGED(300),
    MAX_ORDER_SIZE_EXCEEDED(301),
    PRICE_OUTSIDE_COLLAR(302),
    POSITION_LIMIT_EXCEEDED(303),

    SELF_TRADE_CANCEL_RESTING(400),
    SELF_TRADE_CANCEL_TAKING(401),
    SELF_TRADE_CANCEL_BOTH(402),

    CANCELLED_BY_PARTICIPANT(500),
    IMMEDIATE_OR_CANCEL_REMAINDER(501);

    private final int code;

    ReasonCode(int code) {
        this.code = code;
    }

    /** The stable number reported to clients and written to audit logs. */
    public int code() {
        return code;
    }

    public boolean isAccepted() {
        return this == ACCEPTED;
    }

    static ReasonCode selfTrade(SelfTradeMode mode) {
        return switch (mode) {
            case CANCEL_RESTING -> SELF_TRADE_CANCEL_RESTING;
            case CANCEL_TAKING -> SELF_TRADE_CANCEL_TAKING;
            case CANCEL_BOTH -> SELF_TRADE_CANCEL_BOTH;
        };
    }
}
