package dev.clearance.rules.matching;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The gate's rules, one behaviour each: eligibility, participant conditions, risk controls, kill switch. */
class ComplianceGateTest {

    /** A listing condition for this test's contract (in production the packs supply it). */
    private static final int LISTING_MINIMUM_AGE = 21;

    private static final Participant ALICE = Fixtures.trader("alice", "US-NJ");
    private static final Participant BOB = Fixtures.trader("bob", "US-NY");

    private MarketDriver market(RiskLimits limits) {
        return new MarketDriver(Fixtures.config(true, 256, 16, limits, Fixtures.quietSurveillance()),
            Fixtures.eligibleIn("US-NJ", "US-NY"), ALICE, BOB,
            Fixtures.trader("carol", "owner-carol", "desk-1", "US-NJ"),
            Fixtures.trader("dave", "owner-dave", "desk-1", "US-NY"));
    }

    private final MarketDriver driver = market(Fixtures.roomyLimits());

    @Test
    void rejectsAnOrderFromAHaltedJurisdiction() {
        driver.market.halt("US-NJ");

        assertThat(driver.buyYes("alice", 50, 1)).isEqualTo(ReasonCode.JURISDICTION_HALTED);
    }

    @Test
    void haltingAJurisdictionCancelsItsParticipantsRestingOrdersOnly() {
        driver.buyYes("alice", 40, 5);
        driver.buyYes("bob", 41, 5);

        assertThat(driver.market.halt("US-NJ")).isEqualTo(1);
        assertThat(driver.events.lines).contains("cancelled 1 p0 5 JURISDICTION_HALTED");
        assertThat(driver.market.snapshot().bids()).containsExactly(new BookSnapshot.Level(41, 5, 1));
    }

    @Test
    void reopeningAHaltedJurisdictionLetsItsParticipantsTradeAgain() {
        driver.market.halt("US-NJ");
        driver.market.reopen("US-NJ");

        assertThat(driver.buyYes("alice", 50, 1)).isEqualTo(ReasonCode.ACCEPTED);
    }

    @Test
    void rejectsAnOrderFromAJurisdictionWhereTheContractIsIneligible() {
        driver.market.setEligibility(new Eligibility(Map.of(
            "US-NJ", new JurisdictionEligibility(EligibilityStatus.INELIGIBLE, 0),
            "US-NY", JurisdictionEligibility.eligible(0))));

        assertThat(driver.buyYes("alice", 50, 1)).isEqualTo(ReasonCode.JURISDICTION_NOT_ELIGIBLE);
    }

    @Test
    void rejectsAnOrderFromAJurisdictionTheListingDoesNotCover() {
        MarketDriver unlisted = new MarketDriver(Fixtures.gatedConfig(), Fixtures.eligibleIn("US-NY"),
            Fixtures.trader("erin", "CN"));

        assertThat(unlisted.buyYes("erin", 50, 1)).isEqualTo(ReasonCode.JURISDICTION_NOT_LISTED);
    }

    @Test
    void rejectsAParticipantBelowTheListingsMinimumAge() {
        Participant young = new Participant("young", "owner-young", "g-young", "US-NJ", LISTING_MINIMUM_AGE - 1, true,
            false, SelfTradeMode.CANCEL_TAKING);
        MarketDriver aged = new MarketDriver(Fixtures.gatedConfig(), minimumAgeIn("US-NJ"), young);

        assertThat(aged.buyYes("young", 50, 1)).isEqualTo(ReasonCode.BELOW_MINIMUM_AGE);
    }

    @Test
    void rejectsAParticipantWithoutAVerifiedAgeWhenTheListingSetsAMinimumAge() {
        Participant unverified = new Participant("unverified", "owner-u", "g-u", "US-NJ", LISTING_MINIMUM_AGE + 10,
            false, false, SelfTradeMode.CANCEL_TAKING);
        MarketDriver aged = new MarketDriver(Fixtures.gatedConfig(), minimumAgeIn("US-NJ"), unverified);

        assertThat(aged.buyYes("unverified", 50, 1)).isEqualTo(ReasonCode.AGE_NOT_VERIFIED);
    }

    @Test
    void raisingTheMinimumAgeCancelsRestingOrdersOfParticipantsWhoNoLongerQualify() {
        Participant adult = new Participant("adult", "owner-adult", "g-adult", "US-NJ", LISTING_MINIMUM_AGE - 1, true,
            false, SelfTradeMode.CANCEL_TAKING);
        MarketDriver aged = new MarketDriver(Fixtures.gatedConfig(), Fixtures.eligibleIn("US-NJ"), adult);
        aged.buyYes("adult", 45, 3);

        aged.market.setEligibility(minimumAgeIn("US-NJ"));

        assertThat(aged.events.lines).contains("cancelled 1 p0 3 BELOW_MINIMUM_AGE");
    }

    @Test
    void rejectsAnOrderLargerThanTheMaximumOrderSize() {
        MarketDriver limited = market(Fixtures.limits(100, Long.MAX_VALUE / 4, 99));

        assertThat(limited.buyYes("alice", 50, 101)).isEqualTo(ReasonCode.MAX_ORDER_SIZE_EXCEEDED);
    }

    @Test
    void rejectsABidAboveThePriceCollar() {
        MarketDriver collared = market(Fixtures.limits(1_000, Long.MAX_VALUE / 4, 10));

        assertThat(collared.buyYes("alice", Fixtures.REFERENCE_PRICE + 11, 1)).isEqualTo(ReasonCode.PRICE_OUTSIDE_COLLAR);
    }

    @Test
    void rejectsANoBidWhoseYesPriceFallsBelowThePriceCollar() {
        MarketDriver collared = market(Fixtures.limits(1_000, Long.MAX_VALUE / 4, 10));

        assertThat(collared.buyNo("alice", 100 - Fixtures.REFERENCE_PRICE + 11, 1))
            .isEqualTo(ReasonCode.PRICE_OUTSIDE_COLLAR);
    }

    @Test
    void thePriceCollarFollowsTheLastTrade() {
        MarketDriver collared = market(Fixtures.limits(1_000, Long.MAX_VALUE / 4, 10));
        collared.buyYes("alice", 60, 1);
        collared.buyNo("bob", 40, 1);

        assertThat(collared.buyYes("alice", 70, 1)).isEqualTo(ReasonCode.ACCEPTED);
    }

    @Test
    void rejectsAnOrderThatTakesTheAffiliateGroupPastItsMaximumLoss() {
        MarketDriver limited = market(Fixtures.limits(1_000, 1_000, 99));
        assertThat(limited.buyYes("carol", 50, 12)).isEqualTo(ReasonCode.ACCEPTED);

        assertThat(limited.buyYes("dave", 50, 9)).isEqualTo(ReasonCode.POSITION_LIMIT_EXCEEDED);
        assertThat(limited.buyYes("dave", 50, 8)).isEqualTo(ReasonCode.ACCEPTED);
    }

    @Test
    void cancellingAnOrderReleasesItsShareOfTheGroupsMaximumLoss() {
        MarketDriver limited = market(Fixtures.limits(1_000, 1_000, 99));
        limited.buyYes("carol", 50, 20);
        limited.cancel("carol", limited.lastOrderId(), 1_000_000_000L);

        assertThat(limited.buyYes("dave", 50, 20)).isEqualTo(ReasonCode.ACCEPTED);
    }

    @Test
    void engagingTheKillSwitchCancelsRestingOrdersAndBlocksNewOnes() {
        driver.buyYes("alice", 40, 5);

        driver.market.setKillSwitch(driver.index("alice"), true);

        assertThat(driver.events.lines).contains("cancelled 1 p0 5 KILL_SWITCH_ENGAGED");
        assertThat(driver.buyYes("alice", 40, 5)).isEqualTo(ReasonCode.KILL_SWITCH_ENGAGED);
    }

    @Test
    void releasingTheKillSwitchLetsTheParticipantTradeAgain() {
        driver.market.setKillSwitch(driver.index("alice"), true);
        driver.market.setKillSwitch(driver.index("alice"), false);

        assertThat(driver.buyYes("alice", 40, 5)).isEqualTo(ReasonCode.ACCEPTED);
    }

    @Test
    void labelsAndCountsTradesAgainstAnAffiliatedMarketMaker() {
        Participant house = new Participant("house", "owner-house", "g-house", "US-NY", 40, true, true,
            SelfTradeMode.CANCEL_TAKING);
        MarketDriver withHouse = new MarketDriver(Fixtures.gatedConfig(), Fixtures.eligibleIn("US-NJ", "US-NY"),
            ALICE, BOB, house);
        withHouse.buyNo("house", 45, 10);
        withHouse.buyYes("alice", 55, 4);
        withHouse.buyNo("bob", 40, 1);
        withHouse.buyYes("alice", 60, 1);

        assertThat(withHouse.events.lines).contains("trade 2x1 p0/p2 4@55 MINT house", "trade 4x1 p0/p2 1@55 MINT house");
        assertThat(withHouse.market.affiliatedTradeCount()).isEqualTo(2);
        assertThat(withHouse.market.tradeCount()).isEqualTo(2);
    }

    private static Eligibility minimumAgeIn(String jurisdiction) {
        return new Eligibility(Map.of(jurisdiction, JurisdictionEligibility.eligible(LISTING_MINIMUM_AGE)));
    }
}
