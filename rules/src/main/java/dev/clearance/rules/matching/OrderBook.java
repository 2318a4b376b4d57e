package dev.clearance.rules.matching;

import static dev.clearance.rules.matching.OrderStore.NIL;

/**
 * The YES ladder: 99 one-cent levels per side, each a FIFO of order slots, plus the best price
 * per side. Bids hold BUY_YES and SELL_NO orders, asks hold SELL_YES and BUY_NO orders.
 * A data structure only: matching decisions are made by {@link Market}.
 */
final class OrderBook {

    /** Best bid when no bid rests. */
    static final int NO_BID = 0;
    /** Best ask when no ask rests. */
    static final int NO_ASK = Prices.PAYOUT;

    private final OrderStore store;
    private final int[] bidHead = new int[Prices.PAYOUT];
    private final int[] bidTail = new int[Prices.PAYOUT];
    private final int[] askHead = new int[Prices.PAYOUT];
    private final int[] askTail = new int[Prices.PAYOUT];
    private int bestBid = NO_BID;
    private int bestAsk = NO_ASK;

    OrderBook(OrderStore store) {
        this.store = store;
        java.util.Arrays.fill(bidHead, NIL);
        java.util.Arrays.fill(bidTail, NIL);
        java.util.Arrays.fill(askHead, NIL);
        java.util.Arrays.fill(askTail, NIL);
    }

    int bestBid() {
        return bestBid;
    }

    int bestAsk() {
        return bestAsk;
    }

    /** The oldest order at a level, or {@link OrderStore#NIL}. */
    int head(boolean bid, int price) {
        return bid ? bidHead[price] : askHead[price];
    }

    /** Appends a slot at the back of its level's queue (time priority). */
    void append(int slot) {
        int price = store.yesPrice[slot];
        boolean bid = store.intentOf(slot).isBid();
        int[] head = bid ? bidHead : askHead;
        int[] tail = bid ? bidTail : askTail;
        int last = tail[price];
        store.prev[slot] = last;
        store.next[slot] = NIL;
        if (last == NIL) {
            head[price] = slot;
        } else {
            store.next[last] = slot;
        }
        tail[price] = slot;
        if (bid && price > bestBid) {
            bestBid = price;
        } else if (!bid && price < bestAsk) {
            bestAsk = price;
        }
    }

    /** Unlinks a slot from its level; the caller releases it to the store. */
    void unlink(int slot) {
        int price = store.yesPrice[slot];
        boolean bid = store.intentOf(slot).isBid();
        int[] head = bid ? bidHead : askHead;
        int[] tail = bid ? bidTail : askTail;
        int before = store.prev[slot];
        int after = store.next[slot];
        if (before == NIL) {
            head[price] = after;
        } else {
            store.next[before] = after;
        }
        if (after == NIL) {
            tail[price] = before;
        } else {
            store.prev[after] = before;
        }
        if (head[price] == NIL) {
            if (bid && price == bestBid) {
                bestBid = nextBid(price);
            } else if (!bid && price == bestAsk) {
                bestAsk = nextAsk(price);
            }
        }
    }

    private int nextBid(int from) {
        for (int price = from - 1; price >= Prices.MIN; price--) {
            if (bidHead[price] != NIL) {
                return price;
            }
        }
        return NO_BID;
    }

    private int nextAsk(int from) {
        for (int price = from + 1; price <= Prices.MAX; price++) {
            if (askHead[price] != NIL) {
                return price;
            }
        }
        return NO_ASK;
    }

    /** Visits resting orders in priority order: bids best first, then asks best first; FIFO within a level. */
    void forEachInPriority(SlotVisitor visitor) {
        for (int price = Prices.MAX; price >= Prices.MIN; price--) {
            for (int slot = bidHead[price]; slot != NIL; slot = store.next[slot]) {
                visitor.visit(slot);
            }
        }
        for (int price = Prices.MIN; price <= Prices.MAX; price++) {
            for (int slot = askHead[price]; slot != NIL; slot = store.next[slot]) {
                visitor.visit(slot);
            }
        }
    }

    @FunctionalInterface
    interface SlotVisitor {
        void visit(int slot);
    }
}
