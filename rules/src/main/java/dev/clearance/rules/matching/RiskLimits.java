package dev.clearance.rules.matching;

/**
 * Pre-trade risk controls of one market (17 CFR 38.251(f); FIA guidance on collars, maximum order
 * size, credit limits and kill switches). These are the venue's risk settings, not law.
 *
 * @param maxOrderQuantity  the largest order accepted, in contracts
 * @param maxLossCents      the largest worst-case loss an affiliate group may carry in this contract,
 *                          counting positions and resting orders
 * @param collarTicks       how far beyond the reference price an order may reach on its aggressive side
 * @param referencePrice    the YES reference price before the first trade (later the last trade price)
 */
public record RiskLimits(int maxOrderQuantity, long maxLossCents, int collarTicks, int referencePrice) {

    public RiskLimits {
        if (maxOrderQuantity <= 0) {
            throw new IllegalArgumentException("maxOrderQuantity must be positive, was " + maxOrderQuantity);
        }
        if (maxLossCents <= 0) {
            throw new IllegalArgumentException("maxLossCents must be positive, was " + maxLossCents);
        }
        if (collarTicks < 1 || collarTicks > Prices.MAX) {
            throw new IllegalArgumentException("collarTicks must be between 1 and 99, was " + collarTicks);
        }
        if (!Prices.valid(referencePrice)) {
            throw new IllegalArgumentException("referencePrice must be between 1 and 99 cents, was " + referencePrice);
        }
    }
}
