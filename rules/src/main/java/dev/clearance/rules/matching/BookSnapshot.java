package dev.clearance.rules.matching;

import java.util.List;

/**
 * A copy of one market's book at a moment, in YES prices (a NO bid at q shows as an ask at 100 - q).
 *
 * @param bids            bid levels, best (highest) first
 * @param asks            ask levels, best (lowest) first
 * @param openPairs       YES/NO pairs in existence, each collateralised with 100 cents
 * @param lastTradePrice  the last YES trade price, or the reference price before any trade
 */
public record BookSnapshot(String contractId, List<Level> bids, List<Level> asks, long openPairs, int lastTradePrice) {

    public BookSnapshot {
        bids = List.copyOf(bids);
        asks = List.copyOf(asks);
    }

    /** One price level: total resting quantity and number of orders. */
    public record Level(int yesPrice, long quantity, int orders) {
    }
}
