package dev.clearance.rules.matching;

import java.util.ArrayList;
import java.util.List;

/** Records every event as a line of text, for comparing two markets and for readable assertions. */
final class RecordingEvents implements MatchingEvents {

    final List<String> lines = new ArrayList<>();

    @Override
    public void onRejected(long orderId, int participant, ReasonCode reason) {
        lines.add("rejected " + orderId + " p" + participant + " " + reason);
    }

    @Override
    public void onTrade(long takerOrderId, long makerOrderId, int takerParticipant, int makerParticipant,
                        int yesPrice, int quantity, TradeKind kind, boolean againstAffiliatedMarketMaker) {
        lines.add("trade " + takerOrderId + "x" + makerOrderId + " p" + takerParticipant + "/p" + makerParticipant
            + " " + quantity + "@" + yesPrice + " " + kind + (againstAffiliatedMarketMaker ? " house" : ""));
    }

    @Override
    public void onRested(long orderId, int participant, int yesPrice, int remaining) {
        lines.add("rested " + orderId + " p" + participant + " " + remaining + "@" + yesPrice);
    }

    @Override
    public void onCancelled(long orderId, int participant, int remaining, ReasonCode reason) {
        lines.add("cancelled " + orderId + " p" + participant + " " + remaining + " " + reason);
    }

    @Override
    public void onAlert(AlertType type, int participant, int counterparty, long orderId, long count, long measure) {
        lines.add("alert " + type + " p" + participant + " p" + counterparty + " order " + orderId + " count " + count
            + " measure " + measure);
    }

    boolean contains(String prefix) {
        return lines.stream().anyMatch(line -> line.startsWith(prefix));
    }
}
