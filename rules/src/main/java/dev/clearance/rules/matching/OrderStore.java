package dev.clearance.rules.matching;

import org.agrona.collections.Long2LongHashMap;

/**
 * Resting orders as a struct of arrays with a free list, allocated once: placing and removing an
 * order touches only primitive arrays and a primitive hash map from order id to slot. Slots are
 * linked into per-level FIFO queues by {@link OrderBook}.
 */
final class OrderStore {

    static final int NIL = -1;

    final long[] orderId;
    final int[] participant;
    final byte[] intent;
    final byte[] yesPrice;
    final int[] remaining;
    final long[] placedAt;
    final int[] next;
    final int[] prev;

    private final Long2LongHashMap slotById;
    private int freeHead;

    OrderStore(int capacity) {
        orderId = new long[capacity];
        participant = new int[capacity];
        intent = new byte[capacity];
        yesPrice = new byte[capacity];
        remaining = new int[capacity];
        placedAt = new long[capacity];
        next = new int[capacity];
        prev = new int[capacity];
        // Sized so the map never grows: growing would allocate on the matching thread.
        slotById = new Long2LongHashMap(Math.max(16, capacity * 2), 0.65f, NIL);
        for (int slot = 0; slot < capacity; slot++) {
            next[slot] = slot + 1 < capacity ? slot + 1 : NIL;
        }
        freeHead = 0;
    }

    boolean isFull() {
        return freeHead == NIL;
    }

    /** The slot of a resting order, or {@link #NIL}. */
    int find(long id) {
        return (int) slotById.get(id);
    }

    int allocate(long id, int owner, Intent orderIntent, int price, int quantity, long timestamp) {
        int slot = freeHead;
        freeHead = next[slot];
        orderId[slot] = id;
        participant[slot] = owner;
        intent[slot] = (byte) orderIntent.ordinal();
        yesPrice[slot] = (byte) price;
        remaining[slot] = quantity;
        placedAt[slot] = timestamp;
        next[slot] = NIL;
        prev[slot] = NIL;
        slotById.put(id, slot);
        return slot;
    }

    void release(int slot) {
        slotById.remove(orderId[slot]);
        next[slot] = freeHead;
        freeHead = slot;
    }

    Intent intentOf(int slot) {
        return Intent.ofOrdinal(intent[slot]);
    }
}
