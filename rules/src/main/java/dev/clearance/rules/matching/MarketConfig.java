package dev.clearance.rules.matching;

import java.util.Objects;

/**
 * Sizes and settings of one market. Storage is allocated once from these sizes so the matching
 * loop never allocates.
 *
 * @param orderCapacity    the most orders that can rest at once
 * @param maxParticipants  the most participants the market can register
 * @param gateEnabled      false switches the compliance gate off (eligibility, risk controls,
 *                         surveillance): only for benchmarks that measure the gate's cost
 * @param limits           pre-trade risk controls
 * @param surveillance     alert thresholds
 */
public record MarketConfig(int orderCapacity, int maxParticipants, boolean gateEnabled, RiskLimits limits,
                           SurveillanceThresholds surveillance) {

    public MarketConfig {
        if (orderCapacity <= 0) {
            throw new IllegalArgumentException("orderCapacity must be positive, was " + orderCapacity);
        }
        if (maxParticipants <= 0) {
            throw new IllegalArgumentException("maxParticipants must be positive, was " + maxParticipants);
        }
        Objects.requireNonNull(limits, "limits are required");
        Objects.requireNonNull(surveillance, "surveillance thresholds are required");
    }
}
