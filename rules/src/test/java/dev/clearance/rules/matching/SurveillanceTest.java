package dev.clearance.rules.matching;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Surveillance raises alerts with evidence; it never blocks or drops an order by itself. */
class SurveillanceTest {

    private static final long FAST_CANCEL_NANOS = 50_000_000L;

    private final MarketDriver driver = new MarketDriver(
        Fixtures.config(true, 256, 16, Fixtures.roomyLimits(), new SurveillanceThresholds(5, 10, FAST_CANCEL_NANOS, 3, 3)),
        Fixtures.eligibleIn("US-NJ", "US-NY"),
        Fixtures.trader("alice", "US-NJ"), Fixtures.trader("bob", "US-NY"),
        Fixtures.trader("desk-a", "owner-x", "desk", "US-NJ"), Fixtures.trader("desk-b", "owner-y", "desk", "US-NY"));

    @Test
    void manyOrdersWithoutTradesRaiseAnOrderToTradeAlert() {
        for (int i = 0; i < 10; i++) {
            assertThat(driver.buyYes("alice", 30 + i, 1)).isEqualTo(ReasonCode.ACCEPTED);
        }

        assertThat(driver.events.lines).contains("alert ORDER_TO_TRADE_RATIO p0 p-1 order 10 count 10 measure 0");
    }

    @Test
    void repeatedCancelsSoonAfterPlacementRaiseAFastCancelAlert() {
        for (int i = 0; i < 3; i++) {
            driver.buyYes("alice", 40, 1);
            driver.cancel("alice", driver.lastOrderId(), FAST_CANCEL_NANOS / 10);
        }

        assertThat(driver.events.contains("alert FAST_CANCELS p0 p-1 order 3 count 3")).isTrue();
    }

    @Test
    void cancelsAfterTheWindowAreNotFast() {
        for (int i = 0; i < 3; i++) {
            driver.buyYes("alice", 40, 1);
            driver.cancel("alice", driver.lastOrderId(), FAST_CANCEL_NANOS * 2);
        }

        assertThat(driver.events.contains("alert")).isFalse();
    }

    @Test
    void repeatedTradesBetweenAccountsOfOneGroupRaiseARelatedAccountAlert() {
        for (int i = 0; i < 3; i++) {
            driver.buyYes("desk-a", 50, 1);
            driver.buyNo("desk-b", 50, 1);
        }

        assertThat(driver.events.lines).contains("alert RELATED_ACCOUNT_TRADES p3 p2 order 5 count 3 measure 50");
    }

    @Test
    void tradesBetweenUnrelatedAccountsRaiseNoAlert() {
        for (int i = 0; i < 3; i++) {
            driver.buyYes("alice", 50, 1);
            driver.buyNo("bob", 50, 1);
        }

        assertThat(driver.events.contains("alert")).isFalse();
    }
}
