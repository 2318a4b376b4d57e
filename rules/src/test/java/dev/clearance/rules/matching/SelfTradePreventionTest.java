package dev.clearance.rules.matching;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Self-trade prevention by beneficial owner, across a person's accounts and across YES and NO. */
class SelfTradePreventionTest {

    private final MarketDriver driver = new MarketDriver(Fixtures.gatedConfig(), Fixtures.eligibleIn("US-NJ", "US-NY"),
        Fixtures.trader("main", "owner-ann", "g-ann", "US-NJ"),
        Fixtures.trader("ira", "owner-ann", "g-ann", "US-NJ"),
        Fixtures.trader("bob", "US-NY"));

    @Test
    void cancelRestingRemovesTheOwnersRestingOrderAndKeepsMatching() {
        driver.buyNo("main", 40, 5);
        driver.buyNo("bob", 40, 5);

        driver.place("ira", Intent.BUY_YES, 60, 5, TimeInForce.GTC, SelfTradeMode.CANCEL_RESTING);

        assertThat(driver.events.lines).containsSubsequence("cancelled 1 p0 5 SELF_TRADE_CANCEL_RESTING",
            "trade 3x2 p1/p2 5@60 MINT");
    }

    @Test
    void cancelTakingCancelsTheIncomingOrderAndLeavesTheRestingOne() {
        driver.buyNo("main", 40, 5);

        driver.place("ira", Intent.BUY_YES, 60, 5, TimeInForce.GTC, SelfTradeMode.CANCEL_TAKING);

        assertThat(driver.events.lines).contains("cancelled 2 p1 5 SELF_TRADE_CANCEL_TAKING");
        assertThat(driver.market.snapshot().asks()).containsExactly(new BookSnapshot.Level(60, 5, 1));
    }

    @Test
    void cancelBothSelfTradePreventionRemovesBothOrders() {
        driver.buyNo("main", 40, 5);

        driver.place("ira", Intent.BUY_YES, 60, 5, TimeInForce.GTC, SelfTradeMode.CANCEL_BOTH);

        assertThat(driver.events.lines).contains("cancelled 1 p0 5 SELF_TRADE_CANCEL_BOTH",
            "cancelled 2 p1 5 SELF_TRADE_CANCEL_BOTH");
        assertThat(driver.market.snapshot().asks()).isEmpty();
        assertThat(driver.market.snapshot().bids()).isEmpty();
    }

    @Test
    void aPersonsOwnYesAndNoBidsDoNotMintAgainstEachOther() {
        driver.buyYes("main", 60, 5);
        driver.buyNo("main", 45, 5);

        assertThat(driver.market.tradeCount()).isZero();
        assertThat(driver.market.openPairs()).isZero();
    }

    @Test
    void anOrderWithoutAModeUsesItsParticipantsDefault() {
        driver.buyNo("main", 40, 5);

        driver.buyYes("ira", 60, 5);

        assertThat(driver.events.lines).contains("cancelled 2 p1 5 SELF_TRADE_CANCEL_TAKING");
    }
}
