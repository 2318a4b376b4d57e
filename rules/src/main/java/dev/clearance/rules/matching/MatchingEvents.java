package dev.clearance.rules.matching;

/**
 * Where a market reports what it did. Called on the market's own thread, synchronously, with
 * primitives only so the matching loop never allocates; an implementation that keeps events must
 * copy what it needs. Participants are the market's participant indexes
 * ({@link Market#registerParticipant}).
 */
public interface MatchingEvents {

    /** A command was refused; nothing changed. {@code orderId} is the order named by the command. */
    void onRejected(long orderId, int participant, ReasonCode reason);

    /**
     * One fill. {@code yesPrice} is the price on the YES ladder (the maker's level); the NO side
     * paid or received {@code 100 - yesPrice}. {@code againstAffiliatedMarketMaker} is true when
     * either side is a market maker affiliated with the venue.
     */
    void onTrade(long takerOrderId, long makerOrderId, int takerParticipant, int makerParticipant,
                 int yesPrice, int quantity, TradeKind kind, boolean againstAffiliatedMarketMaker);

    /** The remainder of an order now rests on the book at {@code yesPrice}. */
    void onRested(long orderId, int participant, int yesPrice, int remaining);

    /** An order (or its remainder) left the book without trading, for {@code reason}. */
    void onCancelled(long orderId, int participant, int remaining, ReasonCode reason);

    /**
     * A surveillance pattern crossed its threshold. {@code counterparty} is -1 when the pattern
     * has none; {@code orderId} is the order or maker order that completed the pattern; the
     * meaning of {@code count} and {@code measure} is given per {@link AlertType}.
     */
    void onAlert(AlertType type, int participant, int counterparty, long orderId, long count, long measure);

    /** A sink that drops everything: for benchmarks and replays whose events are not wanted. */
    MatchingEvents NONE = new MatchingEvents() {
        @Override
        public void onRejected(long orderId, int participant, ReasonCode reason) {
        }

        @Override
        public void onTrade(long takerOrderId, long makerOrderId, int takerParticipant, int makerParticipant,
                            int yesPrice, int quantity, TradeKind kind, boolean againstAffiliatedMarketMaker) {
        }

        @Override
        public void onRested(long orderId, int participant, int yesPrice, int remaining) {
        }

        @Override
        public void onCancelled(long orderId, int participant, int remaining, ReasonCode reason) {
        }

        @Override
        public void onAlert(AlertType type, int participant, int counterparty, long orderId, long count, long measure) {
        }
    };
}
