package dev.clearance.rules.matching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Realistic building blocks shared by the matching tests and the benchmark. */
final class Fixtures {

    static final String CONTRACT = "FEDRATE-26DEC-CUT25";
    static final int REFERENCE_PRICE = 50;

    private Fixtures() {
    }

    static RiskLimits limits(int maxOrderQuantity, long maxLossCents, int collarTicks) {
        return new RiskLimits(maxOrderQuantity, maxLossCents, collarTicks, REFERENCE_PRICE);
    }

    /** Limits no ordinary test order reaches: each test tightens only the limit it is about. */
    static RiskLimits roomyLimits() {
        return limits(1_000_000, Long.MAX_VALUE / 4, 99);
    }

    /** Thresholds ordinary test traffic never reaches. */
    static SurveillanceThresholds quietSurveillance() {
        return new SurveillanceThresholds(1_000_000, 1_000_000, 1, 1_000_000, 1_000_000);
    }

    static MarketConfig config(boolean gate, int capacity, int participants, RiskLimits limits,
                               SurveillanceThresholds surveillance) {
        return new MarketConfig(capacity, participants, gate, limits, surveillance);
    }

    static MarketConfig gatedConfig() {
        return config(true, 1024, 64, roomyLimits(), quietSurveillance());
    }

    static Eligibility eligibleIn(String... jurisdictions) {
        Map<String, JurisdictionEligibility> table = new LinkedHashMap<>();
        for (String code : jurisdictions) {
            table.put(code, JurisdictionEligibility.eligible(0));
        }
        return new Eligibility(table);
    }

    static Participant trader(String id, String owner, String group, String jurisdiction) {
        return new Participant(id, owner, group, jurisdiction, 30, true, false, SelfTradeMode.CANCEL_TAKING);
    }

    static Participant trader(String id, String jurisdiction) {
        return trader(id, "owner-" + id, "group-" + id, jurisdiction);
    }

    /**
     * The cast of the random streams: two accounts of one owner (self-trade prevention), two
     * owners in one affiliate group (related-account trades), an affiliated market maker, and
     * independent traders, with all three self-trade modes as defaults.
     */
    static List<Participant> cast() {
        return List.of(
            new Participant("acct-a1", "owner-a", "group-a", "US-NJ", 34, true, false, SelfTradeMode.CANCEL_RESTING),
            new Participant("acct-a2", "owner-a", "group-a", "US-NJ", 34, true, false, SelfTradeMode.CANCEL_BOTH),
            new Participant("acct-b", "owner-b", "group-bc", "US-NY", 41, true, false, SelfTradeMode.CANCEL_TAKING),
            new Participant("acct-c", "owner-c", "group-bc", "US-PA", 29, true, false, SelfTradeMode.CANCEL_RESTING),
            new Participant("house-mm", "owner-house", "group-house", "US-IL", 50, true, true, SelfTradeMode.CANCEL_TAKING),
            new Participant("acct-e", "owner-e", "group-e", "US-CA", 25, true, false, SelfTradeMode.CANCEL_BOTH),
            new Participant("acct-f", "owner-f", "group-f", "US-TX", 62, true, false, SelfTradeMode.CANCEL_TAKING),
            new Participant("acct-g", "owner-g", "group-g", "US-OH", 38, true, false, SelfTradeMode.CANCEL_RESTING));
    }

    static Eligibility castEligibility() {
        return eligibleIn(cast().stream().map(Participant::jurisdiction).distinct().toArray(String[]::new));
    }
}
