package dev.clearance.rules.matching;

/**
 * Positions and cash of every participant in one contract, and the worst-case loss of every
 * affiliate group. Cash starts at zero and goes negative as a participant pays in; the collateral
 * pool holds 100 cents per open pair, so conservation reads: total YES = total NO = open pairs,
 * and total cash + 100 x open pairs = 0.
 *
 * <p>Worst-case loss of a participant is what it loses if the contract settles against it:
 * {@code max(0, -(cash + 100 * min(yes, no)))}. Resting orders add their own worst case per
 * contract: the YES price for a bid, {@code 100 - YES price} for an ask (for a sell this is an
 * upper bound: selling one leg of a hedged pair exposes the other leg).
 */
final class PositionLedger {

    final long[] yes;
    final long[] no;
    final long[] cash;
    final long[] reservedYes;
    final long[] reservedNo;
    private final long[] orderRisk;
    private final long[] positionLoss;
    private final long[] groupExposure;
    private final int[] groupOf;
    private long openPairs;

    PositionLedger(int participants, int[] groupOf) {
        yes = new long[participants];
        no = new long[participants];
        cash = new long[participants];
        reservedYes = new long[participants];
        reservedNo = new long[participants];
        orderRisk = new long[participants];
        positionLoss = new long[participants];
        groupExposure = new long[participants];
        this.groupOf = groupOf;
    }

    static long riskPerContract(boolean bid, int yesPrice) {
        return bid ? yesPrice : Prices.PAYOUT - yesPrice;
    }

    long openPairs() {
        return openPairs;
    }

    long groupExposure(int participant) {
        return groupExposure[groupOf[participant]];
    }

    /** Contracts a participant holds and has not already offered for sale. */
    long unreserved(int participant, Intent sell) {
        return sell == Intent.SELL_YES
            ? yes[participant] - reservedYes[participant]
            : no[participant] - reservedNo[participant];
    }

    /** Books a new order: its worst case counts against the group, a sell reserves what it sells. */
    void openOrder(int participant, Intent intent, int yesPrice, int quantity) {
        if (intent == Intent.SELL_YES) {
            reservedYes[participant] += quantity;
        } else if (intent == Intent.SELL_NO) {
            reservedNo[participant] += quantity;
        }
        adjustOrderRisk(participant, quantity * riskPerContract(intent.isBid(), yesPrice));
    }

    /** Releases an order's unfilled quantity (cancelled, or filled: see {@link #fill}). */
    void closeOrder(int participant, Intent intent, int yesPrice, int quantity) {
        if (intent == Intent.SELL_YES) {
            reservedYes[participant] -= quantity;
        } else if (intent == Intent.SELL_NO) {
            reservedNo[participant] -= quantity;
        }
        adjustOrderRisk(participant, -quantity * riskPerContract(intent.isBid(), yesPrice));
    }

    /**
     * Settles one fill of {@code quantity} at {@code yesPrice} between a bid order (limit
     * {@code bidLimit}) and an ask order (limit {@code askLimit}), and returns what it did.
     */
    TradeKind fill(int bidder, Intent bidIntent, int bidLimit, int asker, Intent askIntent, int askLimit,
                   int yesPrice, int quantity) {
        closeOrder(bidder, bidIntent, bidLimit, quantity);
        closeOrder(asker, askIntent, askLimit, quantity);
        long yesCost = (long) yesPrice * quantity;
        long noCost = (long) (Prices.PAYOUT - yesPrice) * quantity;
        if (bidIntent == Intent.BUY_YES) {
            cash[bidder] -= yesCost;
            yes[bidder] += quantity;
        } else {
            cash[bidder] += noCost;
            no[bidder] -= quantity;
        }
        if (askIntent == Intent.SELL_YES) {
            cash[asker] += yesCost;
            yes[asker] -= quantity;
        } else {
            cash[asker] -= noCost;
            no[asker] += quantity;
        }
        TradeKind kind = TradeKind.of(bidIntent, askIntent);
        if (kind == TradeKind.MINT) {
            openPairs += quantity;
        } else if (kind == TradeKind.MERGE) {
            openPairs -= quantity;
        }
        revalue(bidder);
        revalue(asker);
        return kind;
    }

    /** True when contracts and cash are conserved and no one holds or offers what they do not have. */
    boolean conservationHolds(int participants) {
        long totalYes = 0;
        long totalNo = 0;
        long totalCash = 0;
        for (int p = 0; p < participants; p++) {
            if (yes[p] < 0 || no[p] < 0 || reservedYes[p] < 0 || reservedNo[p] < 0
                || reservedYes[p] > yes[p] || reservedNo[p] > no[p]) {
                return false;
            }
            totalYes += yes[p];
            totalNo += no[p];
            totalCash += cash[p];
        }
        return totalYes == openPairs && totalNo == openPairs && totalCash + Prices.PAYOUT * openPairs == 0;
    }

    private void adjustOrderRisk(int participant, long delta) {
        orderRisk[participant] += delta;
        groupExposure[groupOf[participant]] += delta;
    }

    private void revalue(int participant) {
        long value = cash[participant] + Prices.PAYOUT * Math.min(yes[participant], no[participant]);
        long loss = Math.max(0, -value);
        groupExposure[groupOf[participant]] += loss - positionLoss[participant];
        positionLoss[participant] = loss;
    }
}
