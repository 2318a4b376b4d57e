package dev.clearance.rules.matching;

import java.util.Objects;
import java.util.Optional;

/**
 * An order as a client sends it to {@link Exchange#place}.
 *
 * @param price          cents in the order's own contract (a NO order quotes the NO price), 1..99
 * @param selfTradeMode  empty to use the participant's default
 */
public record OrderRequest(String contractId, String participantId, Intent intent, int price, int quantity,
                           TimeInForce timeInForce, Optional<SelfTradeMode> selfTradeMode) {

    public OrderRequest {
        Objects.requireNonNull(contractId, "contractId is required");
        Objects.requireNonNull(participantId, "participantId is required");
        Objects.requireNonNull(intent, "intent is required");
        Objects.requireNonNull(timeInForce, "timeInForce is required");
        Objects.requireNonNull(selfTradeMode, "selfTradeMode must be an Optional, empty for the default");
    }
}
