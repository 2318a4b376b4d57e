package dev.clearance.rules.matching;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Matching: minting, transfers, merging, priority, time in force, validation, conservation. */
class MarketTest {

    private final MarketDriver driver = new MarketDriver(Fixtures.gatedConfig(), Fixtures.eligibleIn("US-NJ", "US-NY"),
        Fixtures.trader("alice", "US-NJ"), Fixtures.trader("bob", "US-NY"), Fixtures.trader("carol", "US-NJ"));

    @Test
    void aYesBidAndANoBidThatAddUpToAHundredMintAPair() {
        driver.buyYes("alice", 60, 10);
        driver.buyNo("bob", 40, 10);

        assertThat(driver.events.lines).contains("trade 2x1 p1/p0 10@60 MINT");
        assertThat(driver.position("alice")).isEqualTo(new Position(10, 0, -600));
        assertThat(driver.position("bob")).isEqualTo(new Position(0, 10, -400));
        assertThat(driver.market.openPairs()).isEqualTo(10);
        assertThat(driver.market.conservationHolds()).isTrue();
    }

    @Test
    void bidsThatAddUpToLessThanAHundredDoNotCross() {
        driver.buyYes("alice", 55, 10);
        driver.buyNo("bob", 44, 10);

        assertThat(driver.market.tradeCount()).isZero();
        assertThat(driver.market.snapshot().asks()).containsExactly(new BookSnapshot.Level(56, 10, 1));
    }

    @Test
    void aHolderSellingYesTransfersTheContractToTheBuyer() {
        driver.buyYes("alice", 60, 10);
        driver.buyNo("bob", 40, 10);
        driver.sellYes("alice", 70, 4);
        driver.buyYes("carol", 72, 4);

        assertThat(driver.events.lines).contains("trade 4x3 p2/p0 4@70 TRANSFER_YES");
        assertThat(driver.position("alice")).isEqualTo(new Position(6, 0, -600 + 280));
        assertThat(driver.position("carol")).isEqualTo(new Position(4, 0, -280));
        assertThat(driver.market.openPairs()).isEqualTo(10);
    }

    @Test
    void twoHoldersSellingTheirLegsMergeThePairAndReleaseTheCollateral() {
        driver.buyYes("alice", 60, 10);
        driver.buyNo("bob", 40, 10);
        driver.sellYes("alice", 55, 10);
        driver.sellNo("bob", 45, 10);

        assertThat(driver.events.lines).contains("trade 4x3 p1/p0 10@55 MERGE");
        assertThat(driver.market.openPairs()).isZero();
        assertThat(driver.position("alice")).isEqualTo(new Position(0, 0, -50));
        assertThat(driver.position("bob")).isEqualTo(new Position(0, 0, 50));
        assertThat(driver.market.conservationHolds()).isTrue();
    }

    @Test
    void rejectsSellingContractsNotHeld() {
        assertThat(driver.sellYes("alice", 50, 1)).isEqualTo(ReasonCode.INSUFFICIENT_POSITION);
    }

    @Test
    void rejectsSellingContractsAlreadyOfferedInAnotherOrder() {
        driver.buyYes("alice", 60, 5);
        driver.buyNo("bob", 40, 5);
        driver.sellYes("alice", 80, 5);

        assertThat(driver.sellYes("alice", 85, 1)).isEqualTo(ReasonCode.INSUFFICIENT_POSITION);
    }

    @Test
    void earlierOrdersAtTheSamePriceTradeFirst() {
        driver.buyNo("bob", 40, 5);
        driver.buyNo("carol", 40, 5);
        driver.buyYes("alice", 60, 5);

        assertThat(driver.events.lines).contains("trade 3x1 p0/p1 5@60 MINT");
        assertThat(driver.market.snapshot().asks()).containsExactly(new BookSnapshot.Level(60, 5, 1));
    }

    @Test
    void betterPricesTradeFirstAtTheRestingOrdersPrice() {
        driver.buyNo("bob", 40, 5);
        driver.buyNo("carol", 45, 5);
        driver.buyYes("alice", 60, 5);

        assertThat(driver.events.lines).contains("trade 3x2 p0/p2 5@55 MINT");
    }

    @Test
    void immediateOrCancelRemainderIsCancelledNotRested() {
        driver.buyNo("bob", 40, 3);
        driver.place("alice", Intent.BUY_YES, 60, 5, TimeInForce.IOC, null);

        assertThat(driver.events.lines).contains("cancelled 2 p0 2 IMMEDIATE_OR_CANCEL_REMAINDER");
        assertThat(driver.market.snapshot().bids()).isEmpty();
    }

    @Test
    void aCancelledOrderLeavesTheBook() {
        driver.buyYes("alice", 45, 5);

        assertThat(driver.cancel("alice", driver.lastOrderId(), 1_000_000_000L)).isEqualTo(ReasonCode.ACCEPTED);
        assertThat(driver.market.snapshot().bids()).isEmpty();
    }

    @Test
    void rejectsCancellingSomeoneElsesOrder() {
        driver.buyYes("alice", 45, 5);

        assertThat(driver.cancel("bob", driver.lastOrderId(), 1)).isEqualTo(ReasonCode.NOT_ORDER_OWNER);
    }

    @Test
    void rejectsPricesOutsideOneToNinetyNineCents() {
        assertThat(driver.buyYes("alice", 100, 1)).isEqualTo(ReasonCode.INVALID_PRICE);
        assertThat(driver.buyNo("alice", 0, 1)).isEqualTo(ReasonCode.INVALID_PRICE);
    }

    @Test
    void rejectsAnOrderIdThatIsStillResting() {
        driver.market.place(7, driver.index("alice"), Intent.BUY_YES, 45, 1, TimeInForce.GTC, null, 1);

        assertThat(driver.market.place(7, driver.index("bob"), Intent.BUY_YES, 44, 1, TimeInForce.GTC, null, 2))
            .isEqualTo(ReasonCode.DUPLICATE_ORDER_ID);
    }

    @Test
    void rejectsARestingOrderWhenTheBookIsFull() {
        MarketDriver small = new MarketDriver(Fixtures.config(true, 1, 4, Fixtures.roomyLimits(),
            Fixtures.quietSurveillance()), Fixtures.eligibleIn("US-NJ"), Fixtures.trader("alice", "US-NJ"));
        small.buyYes("alice", 40, 1);

        assertThat(small.buyYes("alice", 41, 1)).isEqualTo(ReasonCode.ORDER_CAPACITY_EXHAUSTED);
    }
}
