package dev.clearance.rules.matching;

/**
 * A 64-bit running hash of a market's state (resting orders in priority order, positions,
 * counters), used to prove that a replay or a second implementation reached exactly the same
 * state. Not cryptographic: it detects divergence, it does not resist tampering.
 */
final class StateHash {

    private static final long PRIME = 0x9E3779B97F4A7C15L;

    private long hash = 0xCBF29CE484222325L;

    StateHash mix(long value) {
        hash = Long.rotateLeft((hash ^ value) * PRIME, 29);
        return this;
    }

    long value() {
        return hash ^ (hash >>> 32);
    }
}
