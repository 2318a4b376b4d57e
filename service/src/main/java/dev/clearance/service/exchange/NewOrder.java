package dev.clearance.service.exchange;

import dev.clearance.rules.matching.Intent;
import dev.clearance.rules.matching.SelfTradeMode;
import dev.clearance.rules.matching.TimeInForce;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * An order as an exchange sends it: buy or sell YES or NO contracts at a price in cents of the
 * side named (a NO bid at 40 is a YES offer at 60).
 *
 * @param timeInForce          GTC when absent
 * @param selfTradePrevention  the participant's default when absent
 */
record NewOrder(
        @NotBlank String participantId,
        @NotNull Side side,
        @NotNull Action action,
        @NotNull @Min(1) @Max(99) Integer price,
        @NotNull @Min(1) Integer quantity,
        TimeInForce timeInForce,
        SelfTradeMode selfTradePrevention) {

    /** Which contract of the pair. */
    enum Side { YES, NO }

    /** Whether the order buys or sells a held contract. */
    enum Action { BUY, SELL }

    Intent intent() {
        return switch (side) {
            case YES -> action == Action.BUY ? Intent.BUY_YES : Intent.SELL_YES;
            case NO -> action == Action.BUY ? Intent.BUY_NO : Intent.SELL_NO;
        };
    }
}
