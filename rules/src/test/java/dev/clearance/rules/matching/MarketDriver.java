package dev.clearance.rules.matching;

import java.util.HashMap;
import java.util.Map;

/** Drives one market in a test by participant name, numbering orders and advancing the clock. */
final class MarketDriver {

    final Market market;
    final RecordingEvents events = new RecordingEvents();
    private final Map<String, Integer> indexes = new HashMap<>();
    private long nextOrderId = 1;
    private long clock = 1_000_000_000L;

    MarketDriver(MarketConfig config, Eligibility eligibility, Participant... participants) {
        market = new Market(Fixtures.CONTRACT, config, eligibility, events);
        for (Participant participant : participants) {
            indexes.put(participant.id(), market.registerParticipant(participant));
        }
    }

    int index(String participant) {
        return indexes.get(participant);
    }

    ReasonCode place(String who, Intent intent, int price, int quantity, TimeInForce tif, SelfTradeMode mode) {
        clock += 1_000_000;
        return market.place(nextOrderId++, index(who), intent, price, quantity, tif, mode, clock);
    }

    ReasonCode buyYes(String who, int price, int quantity) {
        return place(who, Intent.BUY_YES, price, quantity, TimeInForce.GTC, null);
    }

    ReasonCode buyNo(String who, int price, int quantity) {
        return place(who, Intent.BUY_NO, price, quantity, TimeInForce.GTC, null);
    }

    ReasonCode sellYes(String who, int price, int quantity) {
        return place(who, Intent.SELL_YES, price, quantity, TimeInForce.GTC, null);
    }

    ReasonCode sellNo(String who, int price, int quantity) {
        return place(who, Intent.SELL_NO, price, quantity, TimeInForce.GTC, null);
    }

    /** The id the last placed order got. */
    long lastOrderId() {
        return nextOrderId - 1;
    }

    ReasonCode cancel(String who, long orderId, long nanosLater) {
        clock += nanosLater;
        return market.cancel(orderId, index(who), clock);
    }

    Position position(String who) {
        return market.position(index(who));
    }
}
