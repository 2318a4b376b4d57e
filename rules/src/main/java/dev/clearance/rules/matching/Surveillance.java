package dev.clearance.rules.matching;

/**
 * Counters for wash-trading and spoofing patterns, raised as {@link MatchingEvents#onAlert}
 * events when they cross the configured thresholds. An order-to-trade alert is raised once per
 * participant; fast-cancel and related-trade counts restart after each alert so a continuing
 * pattern keeps raising alerts.
 */
final class Surveillance {

    private static final int NONE = -1;

    private final SurveillanceThresholds thresholds;
    private final int[] groupOf;
    private final long[] ordersPlaced;
    private final long[] tradesDone;
    private final boolean[] ratioAlerted;
    private final int[] fastCancels;
    private final int[] relatedTrades;

    Surveillance(SurveillanceThresholds thresholds, int participants, int[] groupOf) {
        this.thresholds = thresholds;
        this.groupOf = groupOf;
        ordersPlaced = new long[participants];
        tradesDone = new long[participants];
        ratioAlerted = new boolean[participants];
        fastCancels = new int[participants];
        relatedTrades = new int[participants];
    }

    void onOrder(int participant, long orderId, MatchingEvents events) {
        long orders = ++ordersPlaced[participant];
        long trades = tradesDone[participant];
        if (!ratioAlerted[participant] && orders >= thresholds.minimumOrdersForRatio()
            && orders > thresholds.orderToTradeRatio() * trades) {
            ratioAlerted[participant] = true;
            events.onAlert(AlertType.ORDER_TO_TRADE_RATIO, participant, NONE, orderId, orders, trades);
        }
    }

    void onTrade(int taker, int maker, long makerOrderId, int yesPrice, MatchingEvents events) {
        tradesDone[taker]++;
        tradesDone[maker]++;
        int group = groupOf[taker];
        if (group == groupOf[maker] && ++relatedTrades[group] >= thresholds.relatedTradesForAlert()) {
            events.onAlert(AlertType.RELATED_ACCOUNT_TRADES, taker, maker, makerOrderId, relatedTrades[group], yesPrice);
            relatedTrades[group] = 0;
        }
    }

    void onCancelByParticipant(int participant, long orderId, long lifetimeNanos, MatchingEvents events) {
        if (lifetimeNanos >= thresholds.fastCancelNanos()) {
            return;
        }
        if (++fastCancels[participant] >= thresholds.fastCancelsForAlert()) {
            events.onAlert(AlertType.FAST_CANCELS, participant, NONE, orderId, fastCancels[participant], lifetimeNanos);
            fastCancels[participant] = 0;
        }
    }
}
