package dev.clearance.rules.matching;

import java.util.Objects;

/**
 * A command to one market, as sequenced and journalled. Replaying the same commands in the same
 * order rebuilds the same market: every input the market uses, including the clock, is in here.
 * Participants are the market's participant indexes.
 */
public sealed interface Command {

    /** Applies this command to a market. */
    void applyTo(Market market);

    /** {@link Market#place}; {@code selfTradeMode} null means the participant's default. */
    record Place(long orderId, int participant, Intent intent, int price, int quantity, TimeInForce timeInForce,
                 SelfTradeMode selfTradeMode, long timestamp) implements Command {

        public Place {
            Objects.requireNonNull(intent, "intent is required");
            Objects.requireNonNull(timeInForce, "timeInForce is required");
        }

        @Override
        public void applyTo(Market market) {
            market.place(orderId, participant, intent, price, quantity, timeInForce, selfTradeMode, timestamp);
        }
    }

    /** {@link Market#cancel}. */
    record Cancel(long orderId, int participant, long timestamp) implements Command {
        @Override
        public void applyTo(Market market) {
            market.cancel(orderId, participant, timestamp);
        }
    }

    /** {@link Market#registerParticipant}. */
    record Register(Participant participant) implements Command {
        public Register {
            Objects.requireNonNull(participant, "participant is required");
        }

        @Override
        public void applyTo(Market market) {
            market.registerParticipant(participant);
        }
    }

    /** {@link Market#setEligibility}. */
    record SetEligibility(Eligibility eligibility) implements Command {
        public SetEligibility {
            Objects.requireNonNull(eligibility, "eligibility is required");
        }

        @Override
        public void applyTo(Market market) {
            market.setEligibility(eligibility);
        }
    }

    /** {@link Market#setKillSwitch}. */
    record KillSwitch(int participant, boolean engaged) implements Command {
        @Override
        public void applyTo(Market market) {
            market.setKillSwitch(participant, engaged);
        }
    }
}
