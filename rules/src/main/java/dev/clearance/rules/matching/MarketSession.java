package dev.clearance.rules.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One market behind a lock, as {@link Exchange} serves it: turns requests into journalled
 * commands (write-ahead), applies them, and records the market's events as trade and alert
 * records. Every public-facing method is synchronized: one writer per market at a time.
 */
final class MarketSession implements MatchingEvents {

    private final String contractId;
    private final Market market;
    private final Optional<Journal> journal;
    private final Consumer<Alert> alerts;
    private final List<TradeRecord> trades = new ArrayList<>();
    private final List<TradeRecord> commandTrades = new ArrayList<>();
    private long timestamp;
    private long nextOrderId = 1;
    private long currentOrderId;
    private int restedQuantity;
    private ReasonCode cancelReason;

    /**
     * A market that starts unlisted everywhere: its first eligibility table arrives through
     * {@link #updateEligibility}, so the journal holds it and a replay starts from the same table.
     */
    MarketSession(String contractId, MarketConfig config, Optional<Journal> journal, Consumer<Alert> alerts) {
        this.contractId = contractId;
        this.journal = journal;
        this.alerts = alerts;
        this.market = new Market(contractId, config, new Eligibility(Map.of()), this);
    }

    /** Replays the journal into the market; trades found on the way join the trade history. */
    synchronized Optional<ReplayResult> recover() {
        return journal.map(j -> j.replay(command -> {
            if (command instanceof Command.Place placed) {
                nextOrderId = Math.max(nextOrderId, placed.orderId() + 1);
                timestamp = placed.timestamp();
            } else if (command instanceof Command.Cancel cancelled) {
                timestamp = cancelled.timestamp();
            }
            command.applyTo(market);
        }));
    }

    synchronized void checkRegistration(Participant participant) {
        market.checkRegistration(participant);
    }

    synchronized void register(Participant participant) {
        market.checkRegistration(participant);
        Optional<Integer> known = market.participantIndex(participant.id());
        if (known.isEmpty() || !market.participant(known.get()).equals(participant)) {
            submit(new Command.Register(participant));
        }
    }

    synchronized EligibilityChange updateEligibility(Eligibility next) {
        Map<String, JurisdictionEligibility> before = new HashMap<>(market.eligibility().byJurisdiction());
        if (before.equals(next.byJurisdiction())) {
            return new EligibilityChange(List.of(), List.of(), 0);
        }
        int cancelled = cancelledBy(new Command.SetEligibility(next));
        List<String> halted = new ArrayList<>();
        List<String> reopened = new ArrayList<>();
        for (String code : union(before.keySet(), next.byJurisdiction().keySet())) {
            boolean was = isEligible(before.get(code));
            boolean now = isEligible(next.byJurisdiction().get(code));
            if (was && !now) {
                halted.add(code);
            } else if (!was && now) {
                reopened.add(code);
            }
        }
        return new EligibilityChange(halted, reopened, cancelled);
    }

    synchronized OrderResult place(OrderRequest request, long now) {
        timestamp = now;
        commandTrades.clear();
        restedQuantity = 0;
        cancelReason = null;
        long orderId = nextOrderId++;
        currentOrderId = orderId;
        int participant = market.participantIndex(request.participantId()).orElse(-1);
        ReasonCode outcome = applyPlace(new Command.Place(orderId, participant, request.intent(), request.price(),
            request.quantity(), request.timeInForce(), request.selfTradeMode().orElse(null), now));
        return new OrderResult(orderId, outcome, commandTrades, restedQuantity, Optional.ofNullable(cancelReason));
    }

    synchronized ReasonCode cancel(long orderId, String participantId, long now) {
        timestamp = now;
        int participant = market.participantIndex(participantId).orElse(-1);
        Command.Cancel command = new Command.Cancel(orderId, participant, now);
        write(command);
        return market.cancel(orderId, participant, now);
    }

    synchronized void killSwitch(String participantId, boolean engaged) {
        market.participantIndex(participantId)
            .ifPresent(index -> submit(new Command.KillSwitch(index, engaged)));
    }

    synchronized BookSnapshot book() {
        return market.snapshot();
    }

    synchronized List<TradeRecord> trades() {
        return List.copyOf(trades);
    }

    synchronized long affiliatedTradeCount() {
        return market.affiliatedTradeCount();
    }

    synchronized void close() {
        journal.ifPresent(Journal::close);
    }

    @Override
    public void onRejected(long orderId, int participant, ReasonCode reason) {
        // The outcome is returned to the caller of place or cancel; a rejection changes no state to record.
    }

    @Override
    public void onTrade(long takerOrderId, long makerOrderId, int takerParticipant, int makerParticipant,
                        int yesPrice, int quantity, TradeKind kind, boolean againstAffiliatedMarketMaker) {
        TradeRecord trade = new TradeRecord(contractId, takerOrderId, makerOrderId, idOf(takerParticipant),
            idOf(makerParticipant), yesPrice, quantity, kind, againstAffiliatedMarketMaker, timestamp);
        trades.add(trade);
        commandTrades.add(trade);
    }

    @Override
    public void onRested(long orderId, int participant, int yesPrice, int remaining) {
        if (orderId == currentOrderId) {
            restedQuantity = remaining;
        }
    }

    @Override
    public void onCancelled(long orderId, int participant, int remaining, ReasonCode reason) {
        // Self-trade prevention may cancel resting orders too; only the placed order's own fate is reported.
        if (orderId == currentOrderId) {
            cancelReason = reason;
        }
    }

    @Override
    public void onAlert(AlertType type, int participant, int counterparty, long orderId, long count, long measure) {
        alerts.accept(new Alert(contractId, type, idOf(participant),
            counterparty < 0 ? Optional.empty() : Optional.of(idOf(counterparty)), orderId, count, measure, timestamp));
    }

    private ReasonCode applyPlace(Command.Place command) {
        write(command);
        return market.place(command.orderId(), command.participant(), command.intent(), command.price(),
            command.quantity(), command.timeInForce(), command.selfTradeMode(), command.timestamp());
    }

    private int cancelledBy(Command.SetEligibility command) {
        write(command);
        return market.setEligibility(command.eligibility());
    }

    private void submit(Command command) {
        write(command);
        command.applyTo(market);
    }

    /** Write-ahead: the command is durable (per the journal's fsync policy) before it is applied. */
    private void write(Command command) {
        journal.ifPresent(j -> {
            j.append(command);
            j.flush();
        });
    }

    private String idOf(int participant) {
        return market.participant(participant).id();
    }

    private static boolean isEligible(JurisdictionEligibility row) {
        return row != null && row.status() == EligibilityStatus.ELIGIBLE;
    }

    private static List<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
