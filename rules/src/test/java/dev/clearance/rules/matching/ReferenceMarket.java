package dev.clearance.rules.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A slow, obviously correct market used as the oracle for {@link Market}: a plain list of orders,
 * sorted into priority order every time it is consulted, positions in plain arrays, holdings
 * offered for sale recomputed from the resting orders. It implements validation, matching and
 * self-trade prevention (the gate is tested rule by rule elsewhere).
 */
final class ReferenceMarket {

    private static final class Order {
        final long id;
        final int participant;
        final Intent intent;
        final int yesPrice;
        final long sequence;
        int remaining;

        Order(long id, int participant, Intent intent, int yesPrice, int remaining, long sequence) {
            this.id = id;
            this.participant = participant;
            this.intent = intent;
            this.yesPrice = yesPrice;
            this.remaining = remaining;
            this.sequence = sequence;
        }
    }

    private static final Comparator<Order> PRIORITY = Comparator
        .comparing((Order o) -> o.intent.isBid() ? 0 : 1)
        .thenComparingInt(o -> o.intent.isBid() ? -o.yesPrice : o.yesPrice)
        .thenComparingLong(o -> o.sequence);

    private final int capacity;
    private final MatchingEvents events;
    private final List<Participant> participants = new ArrayList<>();
    private final List<Order> book = new ArrayList<>();
    private final List<long[]> holdings = new ArrayList<>();
    private long sequence;
    private long openPairs;
    private long tradeCount;
    private long affiliatedTradeCount;
    private int lastTradePrice;

    ReferenceMarket(int capacity, int referencePrice, MatchingEvents events) {
        this.capacity = capacity;
        this.lastTradePrice = referencePrice;
        this.events = events;
    }

    int register(Participant participant) {
        participants.add(participant);
        holdings.add(new long[3]);
        return participants.size() - 1;
    }

    ReasonCode place(long id, int participant, Intent intent, int price, int quantity, TimeInForce tif,
                     SelfTradeMode requestedMode) {
        ReasonCode invalid = validate(id, participant, intent, price, quantity, tif);
        if (invalid != ReasonCode.ACCEPTED) {
            events.onRejected(id, participant, invalid);
            return invalid;
        }
        SelfTradeMode mode = Optional.ofNullable(requestedMode).orElse(participants.get(participant).selfTradeMode());
        Order taker = new Order(id, participant, intent, intent.yesPrice(price), quantity, sequence++);
        while (taker.remaining > 0) {
            Optional<Order> best = book.stream().filter(o -> crosses(taker, o)).sorted(PRIORITY).findFirst();
            if (best.isEmpty()) {
                break;
            }
            Order maker = best.get();
            if (owner(maker.participant).equals(owner(participant))) {
                ReasonCode reason = ReasonCode.selfTrade(mode);
                if (mode != SelfTradeMode.CANCEL_TAKING) {
                    book.remove(maker);
                    events.onCancelled(maker.id, maker.participant, maker.remaining, reason);
                }
                if (mode != SelfTradeMode.CANCEL_RESTING) {
                    events.onCancelled(id, participant, taker.remaining, reason);
                    return ReasonCode.ACCEPTED;
                }
                continue;
            }
            trade(taker, maker);
        }
        if (taker.remaining > 0) {
            if (tif == TimeInForce.GTC) {
                book.add(taker);
                events.onRested(id, participant, taker.yesPrice, taker.remaining);
            } else {
                events.onCancelled(id, participant, taker.remaining, ReasonCode.IMMEDIATE_OR_CANCEL_REMAINDER);
            }
        }
        return ReasonCode.ACCEPTED;
    }

    ReasonCode cancel(long id, int participant) {
        ReasonCode outcome;
        Optional<Order> order = book.stream().filter(o -> o.id == id).findFirst();
        if (participant < 0 || participant >= participants.size()) {
            outcome = ReasonCode.UNKNOWN_PARTICIPANT;
        } else if (order.isEmpty()) {
            outcome = ReasonCode.UNKNOWN_ORDER;
        } else if (order.get().participant != participant) {
            outcome = ReasonCode.NOT_ORDER_OWNER;
        } else {
            book.remove(order.get());
            events.onCancelled(id, participant, order.get().remaining, ReasonCode.CANCELLED_BY_PARTICIPANT);
            return ReasonCode.ACCEPTED;
        }
        events.onRejected(id, participant, outcome);
        return outcome;
    }

    /** The same hash, over the same facts in the same order, as {@link Market#stateHash()}. */
    long stateHash() {
        StateHash hash = new StateHash();
        book.stream().sorted(PRIORITY).forEach(o -> hash.mix(o.id).mix(o.participant).mix(o.intent.ordinal())
            .mix(o.yesPrice).mix(o.remaining));
        for (int p = 0; p < participants.size(); p++) {
            long[] held = holdings.get(p);
            hash.mix(held[0]).mix(held[1]).mix(held[2]).mix(offered(p, Intent.SELL_YES)).mix(offered(p, Intent.SELL_NO));
        }
        return hash.mix(openPairs).mix(tradeCount).mix(affiliatedTradeCount).mix(lastTradePrice).value();
    }

    private ReasonCode validate(long id, int participant, Intent intent, int price, int quantity, TimeInForce tif) {
        if (participant < 0 || participant >= participants.size()) {
            return ReasonCode.UNKNOWN_PARTICIPANT;
        }
        if (price < 1 || price > 99) {
            return ReasonCode.INVALID_PRICE;
        }
        if (quantity <= 0) {
            return ReasonCode.INVALID_QUANTITY;
        }
        if (book.stream().anyMatch(o -> o.id == id)) {
            return ReasonCode.DUPLICATE_ORDER_ID;
        }
        if (tif == TimeInForce.GTC && book.size() == capacity) {
            return ReasonCode.ORDER_CAPACITY_EXHAUSTED;
        }
        if (intent.isSell()) {
            long held = holdings.get(participant)[intent == Intent.SELL_YES ? 0 : 1];
            if (held - offered(participant, intent) < quantity) {
                return ReasonCode.INSUFFICIENT_POSITION;
            }
        }
        return ReasonCode.ACCEPTED;
    }

    private static boolean crosses(Order taker, Order resting) {
        if (taker.intent.isBid() == resting.intent.isBid()) {
            return false;
        }
        return taker.intent.isBid() ? resting.yesPrice <= taker.yesPrice : resting.yesPrice >= taker.yesPrice;
    }

    private void trade(Order taker, Order maker) {
        int quantity = Math.min(taker.remaining, maker.remaining);
        int price = maker.yesPrice;
        Order bid = taker.intent.isBid() ? taker : maker;
        Order ask = taker.intent.isBid() ? maker : taker;
        // YES side: the bid buys YES or sells NO; the ask sells YES or buys NO. Index 0 YES, 1 NO, 2 cash.
        long[] bidder = holdings.get(bid.participant);
        long[] asker = holdings.get(ask.participant);
        if (bid.intent == Intent.BUY_YES) {
            bidder[0] += quantity;
            bidder[2] -= (long) price * quantity;
        } else {
            bidder[1] -= quantity;
            bidder[2] += (long) (100 - price) * quantity;
        }
        if (ask.intent == Intent.SELL_YES) {
            asker[0] -= quantity;
            asker[2] += (long) price * quantity;
        } else {
            asker[1] += quantity;
            asker[2] -= (long) (100 - price) * quantity;
        }
        TradeKind kind;
        if (bid.intent == Intent.BUY_YES && ask.intent == Intent.BUY_NO) {
            kind = TradeKind.MINT;
            openPairs += quantity;
        } else if (bid.intent == Intent.SELL_NO && ask.intent == Intent.SELL_YES) {
            kind = TradeKind.MERGE;
            openPairs -= quantity;
        } else {
            kind = bid.intent == Intent.BUY_YES ? TradeKind.TRANSFER_YES : TradeKind.TRANSFER_NO;
        }
        boolean house = participants.get(taker.participant).affiliatedMarketMaker()
            || participants.get(maker.participant).affiliatedMarketMaker();
        if (house) {
            affiliatedTradeCount++;
        }
        tradeCount++;
        lastTradePrice = price;
        events.onTrade(taker.id, maker.id, taker.participant, maker.participant, price, quantity, kind, house);
        taker.remaining -= quantity;
        maker.remaining -= quantity;
        if (maker.remaining == 0) {
            book.remove(maker);
        }
    }

    private long offered(int participant, Intent sell) {
        return book.stream().filter(o -> o.participant == participant && o.intent == sell).mapToLong(o -> o.remaining).sum();
    }

    private String owner(int participant) {
        return participants.get(participant).beneficialOwner();
    }
}
