package dev.clearance.rules.matching;

/** What a trade does to the contracts in existence, decided by the two intents that met. */
public enum TradeKind {
    /** A YES buyer and a NO buyer: a new pair is created and fully collateralised. */
    MINT,
    /** A YES holder sells to a YES buyer. */
    TRANSFER_YES,
    /** A NO holder sells to a NO buyer. */
    TRANSFER_NO,
    /** A YES holder and a NO holder both sell: the pair is destroyed and its collateral paid out. */
    MERGE;

    static TradeKind of(Intent bid, Intent ask) {
        if (bid == Intent.BUY_YES) {
            return ask == Intent.BUY_NO ? MINT : TRANSFER_YES;
        }
        return ask == Intent.BUY_NO ? TRANSFER_NO : MERGE;
    }
}
