package dev.clearance.service.exchange;

import dev.clearance.rules.matching.OrderResult;
import dev.clearance.rules.matching.ReasonCode;
import dev.clearance.rules.matching.TradeRecord;
import java.util.List;

/**
 * What became of an order. A rejection is a business outcome, not an error: {@code accepted} is
 * false and {@code outcome}, {@code code} and {@code message} say why.
 *
 * @param outcome         {@code ACCEPTED} or the rejection reason
 * @param code            the reason's stable number (0 accepted, 1xx input, 2xx eligibility, 3xx risk, 4xx self-trade)
 * @param restingQuantity what now rests on the book
 * @param cancelled       why the remainder was cancelled (IOC remainder, self-trade prevention), or null
 */
record OrderOutcome(long orderId, boolean accepted, ReasonCode outcome, int code, String message,
        List<TradeRecord> trades, int restingQuantity, ReasonCode cancelled) {

    static OrderOutcome of(OrderResult result, String message) {
        return new OrderOutcome(result.orderId(), result.outcome().isAccepted(), result.outcome(),
                result.outcome().code(), message, result.trades(), result.restingQuantity(),
                result.cancelled().orElse(null));
    }
}
