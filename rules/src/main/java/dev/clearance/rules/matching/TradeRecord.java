package dev.clearance.rules.matching;

/**
 * One fill, as reported to clients and regulators.
 *
 * @param yesPrice                      the YES price in cents; the NO side's price is {@code 100 - yesPrice}
 * @param againstAffiliatedMarketMaker  one side was a market maker affiliated with the venue
 * @param timestamp                     epoch nanoseconds of the command that caused the fill
 */
public record TradeRecord(String contractId, long takerOrderId, long makerOrderId, String takerParticipant,
                          String makerParticipant, int yesPrice, int quantity, TradeKind kind,
                          boolean againstAffiliatedMarketMaker, long timestamp) {
}
