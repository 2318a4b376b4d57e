package dev.clearance.rules.matching;

import java.util.Map;

/**
 * The pre-trade checks an order passes before it may touch the book, in this order: kill switch,
 * eligibility of the participant's jurisdiction, the listing's participant conditions, maximum
 * order size, price collar, and the affiliate group's maximum loss. Every check is a lookup or
 * a little arithmetic: the rule packs did the legal reasoning when the listing's eligibility table
 * was computed.
 */
final class ComplianceGate {

    private static final byte NOT_LISTED = 0;
    private static final byte ELIGIBLE = 1;
    private static final byte HALTED = 2;
    private static final byte INELIGIBLE = 3;
    private static final ReasonCode[] REASONS = ReasonCode.values();

    private final ParticipantTable participants;
    private final PositionLedger ledger;
    private final RiskLimits limits;
    private final byte[] status = new byte[ParticipantTable.jurisdictionCount()];
    private final byte[] minimumAge = new byte[ParticipantTable.jurisdictionCount()];
    /**
     * Per participant, the ordinal of the reason it may not trade at all (kill switch, eligibility,
     * conditions), or ACCEPTED's: recomputed whenever an input changes so the order path reads one byte
     * instead of following participant, jurisdiction and table.
     */
    private final byte[] standing;

    ComplianceGate(ParticipantTable participants, PositionLedger ledger, RiskLimits limits, int capacity) {
        this.participants = participants;
        this.ledger = ledger;
        this.limits = limits;
        this.standing = new byte[capacity];
    }

    /** Recomputes a participant's standing after its record or kill switch changed. */
    void refresh(int participant) {
        standing[participant] = (byte) (participants.killed[participant]
            ? ReasonCode.KILL_SWITCH_ENGAGED : eligibility(participant)).ordinal();
    }

    /** Replaces the eligibility table; jurisdictions missing from it become unlisted. */
    void setEligibility(Eligibility eligibility) {
        java.util.Arrays.fill(status, NOT_LISTED);
        java.util.Arrays.fill(minimumAge, (byte) 0);
        for (Map.Entry<String, JurisdictionEligibility> row : eligibility.byJurisdiction().entrySet()) {
            int index = ParticipantTable.jurisdictionIndex(row.getKey());
            status[index] = switch (row.getValue().status()) {
                case ELIGIBLE -> ELIGIBLE;
                case HALTED -> HALTED;
                case INELIGIBLE -> INELIGIBLE;
            };
            minimumAge[index] = (byte) row.getValue().minimumAge();
        }
        for (int p = 0; p < participants.count(); p++) {
            refresh(p);
        }
    }

    /** Whether the participant may trade this contract at all (jurisdiction and conditions). */
    ReasonCode eligibility(int participant) {
        int jurisdiction = participants.jurisdiction[participant];
        switch (status[jurisdiction]) {
            case ELIGIBLE:
                break;
            case HALTED:
                return ReasonCode.JURISDICTION_HALTED;
            case INELIGIBLE:
                return ReasonCode.JURISDICTION_NOT_ELIGIBLE;
            default:
                return ReasonCode.JURISDICTION_NOT_LISTED;
        }
        int age = minimumAge[jurisdiction];
        if (age > 0) {
            if (!participants.ageVerified[participant]) {
                return ReasonCode.AGE_NOT_VERIFIED;
            }
            if (participants.ageYears[participant] < age) {
                return ReasonCode.BELOW_MINIMUM_AGE;
            }
        }
        return ReasonCode.ACCEPTED;
    }

    /** Every pre-trade check for a new order at a YES-ladder price, given the market's reference price. */
    ReasonCode check(int participant, Intent intent, int yesPrice, int quantity, int referencePrice) {
        int blocked = standing[participant];
        if (blocked != ReasonCode.ACCEPTED.ordinal()) {
            return REASONS[blocked];
        }
        if (quantity > limits.maxOrderQuantity()) {
            return ReasonCode.MAX_ORDER_SIZE_EXCEEDED;
        }
        // A collar limits only the aggressive side: a bid may not reach above, an ask below, the band.
        boolean bid = intent.isBid();
        if (bid ? yesPrice > referencePrice + limits.collarTicks() : yesPrice < referencePrice - limits.collarTicks()) {
            return ReasonCode.PRICE_OUTSIDE_COLLAR;
        }
        long added = quantity * PositionLedger.riskPerContract(bid, yesPrice);
        if (ledger.groupExposure(participant) + added > limits.maxLossCents()) {
            return ReasonCode.POSITION_LIMIT_EXCEEDED;
        }
        return ReasonCode.ACCEPTED;
    }
}
