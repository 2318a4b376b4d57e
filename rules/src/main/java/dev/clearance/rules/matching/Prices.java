package dev.clearance.rules.matching;

/** The tick grid of a binary contract: a pair pays out 100 cents, prices run 1..99 cents. */
final class Prices {

    /** What one YES/NO pair is worth at settlement, and so the collateral locked per pair. */
    static final int PAYOUT = 100;
    static final int MIN = 1;
    static final int MAX = 99;

    private Prices() {
    }

    static boolean valid(int price) {
        return price >= MIN && price <= MAX;
    }
}
