package dev.clearance.rules.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static dev.clearance.rules.matching.OrderStore.NIL;

/**
 * One contract's market: the compliance gate and the order book, driven by commands.
 *
 * <p><b>Threading contract:</b> a market is not thread-safe. Exactly one thread at a time may
 * call its methods, and a caller that hands a market from one thread to another must publish it
 * safely (a lock, an executor, a queue). {@link Exchange} serialises each market behind its own
 * lock. Nothing here blocks, so the owning thread can be a dedicated core-pinned loop.
 *
 * <p>An order passes four stages, in this order:
 * <ol>
 *   <li>validation: a known participant, a price of 1..99, a positive quantity, a fresh order id,
 *       room on the book, and for a sell the contracts to sell;</li>
 *   <li>the compliance gate ({@link ComplianceGate}) and surveillance counters (when enabled);</li>
 *   <li>matching at price-time priority with self-trade prevention by beneficial owner;</li>
 *   <li>the remainder rests (GTC) or is cancelled (IOC).</li>
 * </ol>
 * Every outcome is reported to the {@link MatchingEvents} sink; rejections carry a {@link ReasonCode}.
 * The hot path ({@link #place}, {@link #cancel}) allocates nothing.
 */
public final class Market {

    private final String contractId;
    private final MarketConfig config;
    private final MatchingEvents events;
    private final ParticipantTable participants;
    private final OrderStore store;
    private final OrderBook book;
    private final PositionLedger ledger;
    private final ComplianceGate gate;
    private final Surveillance surveillance;
    private final int[] scratchSlots;
    private Eligibility eligibility;
    private int lastTradePrice;
    private long tradeCount;
    private long affiliatedTradeCount;

    public Market(String contractId, MarketConfig config, Eligibility eligibility, MatchingEvents events) {
        this.contractId = Objects.requireNonNull(contractId, "contractId is required");
        this.config = Objects.requireNonNull(config, "config is required");
        this.events = Objects.requireNonNull(events, "events sink is required");
        participants = new ParticipantTable(config.maxParticipants());
        store = new OrderStore(config.orderCapacity());
        book = new OrderBook(store);
        ledger = new PositionLedger(config.maxParticipants(), participants.group);
        gate = new ComplianceGate(participants, ledger, config.limits(), config.maxParticipants());
        surveillance = new Surveillance(config.surveillance(), config.maxParticipants(), participants.group);
        scratchSlots = new int[config.orderCapacity()];
        lastTradePrice = config.limits().referencePrice();
        setEligibility(eligibility);
    }

    public String contractId() {
        return contractId;
    }

    /**
     * Registers a participant (or refreshes the record of one already known) and returns the
     * index that {@link #place} and {@link #cancel} take.
     */
    public int registerParticipant(Participant participant) {
        checkRegistration(participant);
        int index = participants.register(participant);
        gate.refresh(index);
        return index;
    }

    /**
     * Throws, changing nothing, when {@code participant} cannot be registered here: callers check
     * before they journal, so a journal never holds a command that replay would refuse.
     */
    public void checkRegistration(Participant participant) {
        Optional<Integer> known = participants.indexOf(participant.id());
        if (known.isPresent() && !participants.record(known.get()).affiliateGroup().equals(participant.affiliateGroup())) {
            throw new IllegalArgumentException("participant `" + participant.id()
                + "` cannot change affiliate group while registered: its exposure is booked to the old group");
        }
    }

    public Optional<Integer> participantIndex(String participantId) {
        return participants.indexOf(participantId);
    }

    /** The registered record behind a participant index. */
    public Participant participant(int index) {
        if (!participants.contains(index)) {
            throw new IllegalArgumentException("no participant with index " + index + " in market `" + contractId + "`");
        }
        return participants.record(index);
    }

    /**
     * Places an order.
     *
     * @param price         in the order's own contract: a NO order's price is the NO price
     * @param selfTradeMode null to use the participant's default
     * @param timestamp     nanoseconds on the sequencer's clock (journalled, so replays see the same time)
     * @return {@link ReasonCode#ACCEPTED} if the order reached the book, else the rejection reason
     */
    public ReasonCode place(long orderId, int participant, Intent intent, int price, int quantity,
                            TimeInForce timeInForce, SelfTradeMode selfTradeMode, long timestamp) {
        // 1. validation
        ReasonCode invalid = validate(orderId, participant, intent, price, quantity, timeInForce);
        if (invalid != ReasonCode.ACCEPTED) {
            events.onRejected(orderId, participant, invalid);
            return invalid;
        }
        int yesPrice = intent.yesPrice(price);
        // 2. compliance gate and surveillance
        if (config.gateEnabled()) {
            ReasonCode refused = gate.check(participant, intent, yesPrice, quantity, lastTradePrice);
            if (refused != ReasonCode.ACCEPTED) {
                events.onRejected(orderId, participant, refused);
                return refused;
            }
            surveillance.onOrder(participant, orderId, events);
        }
        // 3. matching
        ledger.openOrder(participant, intent, yesPrice, quantity);
        SelfTradeMode mode = selfTradeMode != null
            ? selfTradeMode : SelfTradeMode.ofOrdinal(participants.selfTradeMode[participant]);
        int remaining = match(orderId, participant, intent, yesPrice, quantity, mode);
        // 4. rest or cancel the remainder
        if (remaining > 0) {
            if (timeInForce == TimeInForce.GTC) {
                book.append(store.allocate(orderId, participant, intent, yesPrice, remaining, timestamp));
                events.onRested(orderId, participant, yesPrice, remaining);
            } else {
                ledger.closeOrder(participant, intent, yesPrice, remaining);
                events.onCancelled(orderId, participant, remaining, ReasonCode.IMMEDIATE_OR_CANCEL_REMAINDER);
            }
        }
        return ReasonCode.ACCEPTED;
    }

    /** Cancels a resting order on its owner's request. */
    public ReasonCode cancel(long orderId, int participant, long timestamp) {
        ReasonCode outcome = cancelOutcome(orderId, participant);
        if (outcome != ReasonCode.ACCEPTED) {
            events.onRejected(orderId, participant, outcome);
            return outcome;
        }
        int slot = store.find(orderId);
        if (config.gateEnabled()) {
            surveillance.onCancelByParticipant(participant, orderId, timestamp - store.placedAt[slot], events);
        }
        cancelResting(slot, ReasonCode.CANCELLED_BY_PARTICIPANT);
        return ReasonCode.ACCEPTED;
    }

    /**
     * Replaces the listing's eligibility table and cancels the resting orders of every participant
     * who no longer passes it (halted or ineligible jurisdiction, unmet condition), each with the
     * reason it now fails.
     *
     * @return how many resting orders were cancelled
     */
    public int setEligibility(Eligibility newEligibility) {
        eligibility = Objects.requireNonNull(newEligibility, "eligibility is required");
        gate.setEligibility(newEligibility);
        if (!config.gateEnabled()) {
            return 0;
        }
        int found = collectRestingSlots(-1);
        int cancelled = 0;
        for (int i = 0; i < found; i++) {
            int slot = scratchSlots[i];
            ReasonCode reason = gate.eligibility(store.participant[slot]);
            if (reason != ReasonCode.ACCEPTED) {
                cancelResting(slot, reason);
                cancelled++;
            }
        }
        return cancelled;
    }

    public Eligibility eligibility() {
        return eligibility;
    }

    /** Halts one listed jurisdiction: its participants' resting orders are cancelled. */
    public int halt(String jurisdiction) {
        return setEligibility(eligibility.withStatus(jurisdiction, EligibilityStatus.HALTED));
    }

    /** Reopens a halted jurisdiction. */
    public int reopen(String jurisdiction) {
        return setEligibility(eligibility.withStatus(jurisdiction, EligibilityStatus.ELIGIBLE));
    }

    /**
     * Engages or releases a participant's kill switch. Engaging cancels every resting order of the
     * participant and blocks new ones until released.
     */
    public void setKillSwitch(int participant, boolean engaged) {
        if (!participants.contains(participant)) {
            throw new IllegalArgumentException("no participant with index " + participant + " in market `" + contractId + "`");
        }
        participants.killed[participant] = engaged;
        gate.refresh(participant);
        if (engaged) {
            int found = collectRestingSlots(participant);
            for (int i = 0; i < found; i++) {
                cancelResting(scratchSlots[i], ReasonCode.KILL_SWITCH_ENGAGED);
            }
        }
    }

    /** Open YES equals open NO equals open pairs, cash plus collateral is zero, no one oversold. */
    public boolean conservationHolds() {
        return ledger.conservationHolds(participants.count());
    }

    /** A hash over resting orders in priority order, every position and the trade counters. */
    public long stateHash() {
        StateHash hash = new StateHash();
        book.forEachInPriority(slot -> hash.mix(store.orderId[slot]).mix(store.participant[slot])
            .mix(store.intent[slot]).mix(store.yesPrice[slot]).mix(store.remaining[slot]));
        for (int p = 0; p < participants.count(); p++) {
            hash.mix(ledger.yes[p]).mix(ledger.no[p]).mix(ledger.cash[p])
                .mix(ledger.reservedYes[p]).mix(ledger.reservedNo[p]);
        }
        return hash.mix(ledger.openPairs()).mix(tradeCount).mix(affiliatedTradeCount).mix(lastTradePrice).value();
    }

    /** The book by level, best first, plus open interest and the last trade price. */
    public BookSnapshot snapshot() {
        List<BookSnapshot.Level> bids = new ArrayList<>();
        List<BookSnapshot.Level> asks = new ArrayList<>();
        book.forEachInPriority(slot -> {
            List<BookSnapshot.Level> side = store.intentOf(slot).isBid() ? bids : asks;
            int price = store.yesPrice[slot];
            BookSnapshot.Level last = side.isEmpty() ? null : side.get(side.size() - 1);
            if (last != null && last.yesPrice() == price) {
                side.set(side.size() - 1, new BookSnapshot.Level(price, last.quantity() + store.remaining[slot], last.orders() + 1));
            } else {
                side.add(new BookSnapshot.Level(price, store.remaining[slot], 1));
            }
        });
        return new BookSnapshot(contractId, bids, asks, ledger.openPairs(), lastTradePrice);
    }

    /** A participant's holdings: YES contracts, NO contracts, and net cash in cents. */
    public Position position(int participant) {
        return new Position(ledger.yes[participant], ledger.no[participant], ledger.cash[participant]);
    }

    public long tradeCount() {
        return tradeCount;
    }

    /** Trades in which one side was an affiliated market maker: "trading against the house". */
    public long affiliatedTradeCount() {
        return affiliatedTradeCount;
    }

    public long openPairs() {
        return ledger.openPairs();
    }

    private ReasonCode validate(long orderId, int participant, Intent intent, int price, int quantity,
                                TimeInForce timeInForce) {
        if (!participants.contains(participant)) {
            return ReasonCode.UNKNOWN_PARTICIPANT;
        }
        if (!Prices.valid(price)) {
            return ReasonCode.INVALID_PRICE;
        }
        if (quantity <= 0) {
            return ReasonCode.INVALID_QUANTITY;
        }
        if (store.find(orderId) != NIL) {
            return ReasonCode.DUPLICATE_ORDER_ID;
        }
        if (timeInForce == TimeInForce.GTC && store.isFull()) {
            return ReasonCode.ORDER_CAPACITY_EXHAUSTED;
        }
        if (intent.isSell() && ledger.unreserved(participant, intent) < quantity) {
            return ReasonCode.INSUFFICIENT_POSITION;
        }
        return ReasonCode.ACCEPTED;
    }

    private ReasonCode cancelOutcome(long orderId, int participant) {
        if (!participants.contains(participant)) {
            return ReasonCode.UNKNOWN_PARTICIPANT;
        }
        int slot = store.find(orderId);
        if (slot == NIL) {
            return ReasonCode.UNKNOWN_ORDER;
        }
        return store.participant[slot] == participant ? ReasonCode.ACCEPTED : ReasonCode.NOT_ORDER_OWNER;
    }

    /**
     * Matches an incoming order against the opposite side and returns the quantity left to rest
     * or cancel (0 also when self-trade prevention cancelled the incoming order).
     */
    private int match(long orderId, int taker, Intent intent, int limit, int quantity, SelfTradeMode mode) {
        boolean bid = intent.isBid();
        int takerOwner = participants.owner[taker];
        int remaining = quantity;
        while (remaining > 0) {
            int level = bid ? book.bestAsk() : book.bestBid();
            if (bid ? level > limit : level < limit) {
                return remaining;
            }
            int slot = book.head(!bid, level);
            while (slot != NIL && remaining > 0) {
                int next = store.next[slot];
                if (participants.owner[store.participant[slot]] == takerOwner) {
                    ReasonCode reason = ReasonCode.selfTrade(mode);
                    if (mode != SelfTradeMode.CANCEL_TAKING) {
                        cancelResting(slot, reason);
                    }
                    if (mode != SelfTradeMode.CANCEL_RESTING) {
                        ledger.closeOrder(taker, intent, limit, remaining);
                        events.onCancelled(orderId, taker, remaining, reason);
                        return 0;
                    }
                } else {
                    remaining -= trade(orderId, taker, intent, limit, remaining, slot);
                }
                slot = next;
            }
        }
        return 0;
    }

    /** Fills the incoming order against one resting order and returns the quantity traded. */
    private int trade(long takerOrderId, int taker, Intent takerIntent, int takerLimit, int wanted, int slot) {
        int maker = store.participant[slot];
        Intent makerIntent = store.intentOf(slot);
        int price = store.yesPrice[slot];
        int resting = store.remaining[slot];
        int quantity = Math.min(wanted, resting);
        TradeKind kind = takerIntent.isBid()
            ? ledger.fill(taker, takerIntent, takerLimit, maker, makerIntent, price, price, quantity)
            : ledger.fill(maker, makerIntent, price, taker, takerIntent, takerLimit, price, quantity);
        boolean againstHouse = participants.marketMaker[taker] || participants.marketMaker[maker];
        if (againstHouse) {
            affiliatedTradeCount++;
        }
        tradeCount++;
        lastTradePrice = price;
        long makerOrderId = store.orderId[slot];
        events.onTrade(takerOrderId, makerOrderId, taker, maker, price, quantity, kind, againstHouse);
        if (config.gateEnabled()) {
            surveillance.onTrade(taker, maker, makerOrderId, price, events);
        }
        if (quantity == resting) {
            book.unlink(slot);
            store.release(slot);
        } else {
            store.remaining[slot] = resting - quantity;
        }
        return quantity;
    }

    private void cancelResting(int slot, ReasonCode reason) {
        int participant = store.participant[slot];
        int remaining = store.remaining[slot];
        ledger.closeOrder(participant, store.intentOf(slot), store.yesPrice[slot], remaining);
        events.onCancelled(store.orderId[slot], participant, remaining, reason);
        book.unlink(slot);
        store.release(slot);
    }

    /** Collects resting slots (of one participant, or all when {@code participant} is -1) into the scratch array. */
    private int collectRestingSlots(int participant) {
        int[] count = {0};
        book.forEachInPriority(slot -> {
            if (participant < 0 || store.participant[slot] == participant) {
                scratchSlots[count[0]++] = slot;
            }
        });
        return count[0];
    }
}
