package dev.clearance.rules.matching;

/**
 * What an order wants to do with a binary contract. The book keeps one ladder in YES terms:
 * a NO price q is the YES price {@code 100 - q}, so buying YES and selling NO are bids, and
 * selling YES and buying NO are asks. Which two intents meet decides the kind of trade
 * ({@link TradeKind}).
 */
public enum Intent {
    /** Buy a YES contract: a bid at the YES price. */
    BUY_YES(true, false),
    /** Buy a NO contract at q: an ask at the YES price {@code 100 - q}. */
    BUY_NO(false, true),
    /** Sell a held YES contract: an ask at the YES price. */
    SELL_YES(false, false),
    /** Sell a held NO contract at q: a bid at the YES price {@code 100 - q}. */
    SELL_NO(true, true);

    private static final Intent[] BY_ORDINAL = values();

    private final boolean bid;
    private final boolean priceInNo;

    Intent(boolean bid, boolean priceInNo) {
        this.bid = bid;
        this.priceInNo = priceInNo;
    }

    /** True when the order sits on the bid side of the YES ladder. */
    public boolean isBid() {
        return bid;
    }

    /** True for sells, which need a held position and release it when they trade. */
    public boolean isSell() {
        return this == SELL_YES || this == SELL_NO;
    }

    /** The YES-ladder price of an order quoted at {@code price} in its own contract. */
    public int yesPrice(int price) {
        return priceInNo ? Prices.PAYOUT - price : price;
    }

    /** The price in the order's own contract for a YES-ladder price (the inverse of {@link #yesPrice}). */
    public int ownPrice(int yesPrice) {
        return priceInNo ? Prices.PAYOUT - yesPrice : yesPrice;
    }

    static Intent ofOrdinal(int ordinal) {
        return BY_ORDINAL[ordinal];
    }
}
