package dev.clearance.rules.matching;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The facade the service exposes: listing, eligibility updates, orders, reports, recovery. */
class ExchangeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T15:00:00Z"), ZoneOffset.UTC);
    private static final Participant HOUSE = new Participant("house", "owner-house", "g-house", "US-NY", 40, true, true,
        SelfTradeMode.CANCEL_TAKING);

    @TempDir
    Path directory;

    private static OrderRequest order(String who, Intent intent, int price, int quantity) {
        return new OrderRequest(Fixtures.CONTRACT, who, intent, price, quantity, TimeInForce.GTC, Optional.empty());
    }

    private static Exchange listed(Exchange exchange) {
        exchange.registerParticipant(Fixtures.trader("alice", "US-NJ"));
        exchange.registerParticipant(HOUSE);
        exchange.createMarket(Fixtures.CONTRACT, Fixtures.eligibleIn("US-NJ", "US-NY"));
        return exchange;
    }

    @Test
    void anEligibilityUpdateReportsHaltedAndReopenedJurisdictions() {
        Exchange exchange = listed(Exchange.inMemory(Fixtures.gatedConfig(), CLOCK));
        exchange.place(order("alice", Intent.BUY_YES, 40, 5));

        EligibilityChange change = exchange.updateEligibility(Fixtures.CONTRACT, new Eligibility(Map.of(
            "US-NJ", new JurisdictionEligibility(EligibilityStatus.HALTED, 0),
            "US-NY", JurisdictionEligibility.eligible(0),
            "US-PA", JurisdictionEligibility.eligible(0))));

        assertThat(change).isEqualTo(new EligibilityChange(java.util.List.of("US-NJ"), java.util.List.of("US-PA"), 1));
    }

    @Test
    void tradesAgainstTheHouseAreLabelledAndCounted() {
        Exchange exchange = listed(Exchange.inMemory(Fixtures.gatedConfig(), CLOCK));
        exchange.place(order("house", Intent.BUY_NO, 45, 10));

        OrderResult result = exchange.place(order("alice", Intent.BUY_YES, 55, 4));

        assertThat(result.trades()).singleElement().satisfies(trade -> {
            assertThat(trade.againstAffiliatedMarketMaker()).isTrue();
            assertThat(trade.kind()).isEqualTo(TradeKind.MINT);
            assertThat(trade.makerParticipant()).isEqualTo("house");
        });
        assertThat(exchange.affiliatedTradeCount(Fixtures.CONTRACT)).isEqualTo(1);
    }

    @Test
    void aRestartedExchangeRecoversEachMarketFromItsJournal() {
        BookSnapshot before;
        try (Exchange exchange = listed(Exchange.journalled(Fixtures.gatedConfig(), CLOCK, directory, FsyncPolicy.ON_FLUSH))) {
            exchange.place(order("house", Intent.BUY_NO, 45, 10));
            exchange.place(order("alice", Intent.BUY_YES, 55, 4));
            exchange.place(order("alice", Intent.BUY_YES, 50, 3));
            before = exchange.book(Fixtures.CONTRACT);
        }

        try (Exchange restarted = Exchange.journalled(Fixtures.gatedConfig(), CLOCK, directory, FsyncPolicy.ON_FLUSH)) {
            Optional<ReplayResult> replay = restarted.createMarket(Fixtures.CONTRACT, Fixtures.eligibleIn("US-NJ", "US-NY"));

            assertThat(replay).hasValueSatisfying(r -> assertThat(r.truncatedTail()).isEmpty());
            assertThat(restarted.book(Fixtures.CONTRACT)).isEqualTo(before);
            assertThat(restarted.trades(Fixtures.CONTRACT)).hasSize(1);
            assertThat(restarted.place(order("alice", Intent.BUY_YES, 30, 1)).orderId()).isEqualTo(4);
        }
    }

    @Test
    void aRefusedRegistrationChangesNothingAndNeverReachesTheJournal() {
        Participant regrouped = new Participant("alice", Fixtures.trader("alice", "US-NJ").beneficialOwner(), "another-group",
            "US-NJ", 30, true, false, SelfTradeMode.CANCEL_TAKING);
        BookSnapshot before;
        try (Exchange exchange = listed(Exchange.journalled(Fixtures.gatedConfig(), CLOCK, directory, FsyncPolicy.ON_FLUSH))) {
            exchange.place(order("alice", Intent.BUY_YES, 40, 5));
            before = exchange.book(Fixtures.CONTRACT);

            assertThatThrownBy(() -> exchange.registerParticipant(regrouped))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("affiliate group");
        }

        try (Exchange restarted = Exchange.journalled(Fixtures.gatedConfig(), CLOCK, directory, FsyncPolicy.ON_FLUSH)) {
            restarted.registerParticipant(Fixtures.trader("alice", "US-NJ"));
            restarted.registerParticipant(HOUSE);
            restarted.createMarket(Fixtures.CONTRACT, Fixtures.eligibleIn("US-NJ", "US-NY"));

            assertThat(restarted.book(Fixtures.CONTRACT)).isEqualTo(before);
        }
    }

    @Test
    void refusesAnOrderForAContractThatIsNotListed() {
        Exchange exchange = Exchange.inMemory(Fixtures.gatedConfig(), CLOCK);

        assertThatThrownBy(() -> exchange.place(order("alice", Intent.BUY_YES, 50, 1)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("list it with createMarket first");
    }
}
