package dev.clearance.rules.matching;

/**
 * Surveillance patterns. An alert never blocks anything by itself: it is evidence for a person
 * (wash trading and spoofing reviews), raised as an event and never dropped.
 */
public enum AlertType {
    /** Many orders for few trades. Evidence: count = orders placed, measure = trades. */
    ORDER_TO_TRADE_RATIO,
    /** Repeated cancels soon after placement. Evidence: count = fast cancels, measure = last lifetime in ns. */
    FAST_CANCELS,
    /** Repeated trades between accounts of one affiliate group. Evidence: count = such trades, measure = last price. */
    RELATED_ACCOUNT_TRADES
}
