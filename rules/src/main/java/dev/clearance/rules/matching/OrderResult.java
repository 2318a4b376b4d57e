package dev.clearance.rules.matching;

import java.util.List;
import java.util.Optional;

/**
 * What happened to a placed order.
 *
 * @param orderId          the id the exchange gave the order (use it to cancel)
 * @param outcome          {@link ReasonCode#ACCEPTED} or the rejection reason
 * @param trades           the fills of this order
 * @param restingQuantity  what now rests on the book
 * @param cancelled        why the order's remainder was cancelled (IOC remainder, self-trade prevention), if it was
 */
public record OrderResult(long orderId, ReasonCode outcome, List<TradeRecord> trades, int restingQuantity,
                          Optional<ReasonCode> cancelled) {

    public OrderResult {
        trades = List.copyOf(trades);
    }
}
