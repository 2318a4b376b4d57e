package dev.clearance.rules.matching;

/**
 * When surveillance raises an alert. Configuration of the venue's surveillance desk.
 *
 * @param orderToTradeRatio       alert when orders placed exceed this many times the trades done ...
 * @param minimumOrdersForRatio   ... once a participant has placed at least this many orders
 * @param fastCancelNanos         a cancel this soon after placement counts as fast
 * @param fastCancelsForAlert     alert after this many fast cancels (the count then restarts)
 * @param relatedTradesForAlert   alert after this many trades inside one affiliate group (the count then restarts)
 */
public record SurveillanceThresholds(int orderToTradeRatio, int minimumOrdersForRatio, long fastCancelNanos,
                                     int fastCancelsForAlert, int relatedTradesForAlert) {

    public SurveillanceThresholds {
        requirePositive(orderToTradeRatio, "orderToTradeRatio");
        requirePositive(minimumOrdersForRatio, "minimumOrdersForRatio");
        requirePositive(fastCancelNanos, "fastCancelNanos");
        requirePositive(fastCancelsForAlert, "fastCancelsForAlert");
        requirePositive(relatedTradesForAlert, "relatedTradesForAlert");
    }

    private static void requirePositive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
