package dev.clearance.rules.matching;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The fast market against the slow reference on seeded random command streams (exchange-core's
 * oracle test): the same events after every command, the same state hash every few hundred
 * commands and at the end, and conservation after every command.
 */
class MarketOracleTest {

    private static final int SEEDS = 200;
    private static final int COMMANDS_PER_SEED = 5_000;
    private static final int CAPACITY = 150;

    @Test
    void fastMarketAgreesWithReferenceOnEveryCommandOfTwoHundredSeededStreams() {
        Map<TradeKind, Long> tradesByKind = new EnumMap<>(TradeKind.class);
        long commands = 0;
        long selfTradeCancels = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            RecordingEvents fastEvents = new RecordingEvents();
            RecordingEvents referenceEvents = new RecordingEvents();
            Market market = new Market(Fixtures.CONTRACT, Fixtures.config(false, CAPACITY, 16, Fixtures.roomyLimits(),
                Fixtures.quietSurveillance()), Fixtures.castEligibility(), fastEvents);
            ReferenceMarket reference = new ReferenceMarket(CAPACITY, Fixtures.REFERENCE_PRICE, referenceEvents);
            Fixtures.cast().forEach(p -> {
                market.registerParticipant(p);
                reference.register(p);
            });
            List<Command> stream = RandomCommands.generate(seed, COMMANDS_PER_SEED, Fixtures.cast().size(), 0);
            for (int i = 0; i < stream.size(); i++) {
                Command command = stream.get(i);
                command.applyTo(market);
                applyTo(reference, command);
                if (!fastEvents.lines.equals(referenceEvents.lines)) {
                    fail("seed %d command %d %s: market said %s, reference said %s", seed, i, command,
                        fastEvents.lines, referenceEvents.lines);
                }
                if (!market.conservationHolds()) {
                    fail("seed %d command %d %s broke conservation", seed, i, command);
                }
                if (i % 500 == 499 && market.stateHash() != reference.stateHash()) {
                    fail("seed %d: state hashes differ after command %d", seed, i);
                }
                tally(fastEvents.lines, tradesByKind);
                selfTradeCancels += fastEvents.lines.stream().filter(line -> line.contains("SELF_TRADE")).count();
                fastEvents.lines.clear();
                referenceEvents.lines.clear();
            }
            assertThat(market.stateHash()).as("final state hash of seed %d", seed).isEqualTo(reference.stateHash());
            commands += stream.size();
        }
        System.out.printf("oracle: %d seeds x %d = %d commands, trades by kind %s, self-trade cancels %d%n",
            SEEDS, COMMANDS_PER_SEED, commands, tradesByKind, selfTradeCancels);
        assertThat(tradesByKind).as("every kind of trade was exercised").containsOnlyKeys(TradeKind.values())
            .allSatisfy((kind, count) -> assertThat(count).isPositive());
        assertThat(selfTradeCancels).as("self-trade prevention was exercised").isPositive();
    }

    private static void applyTo(ReferenceMarket reference, Command command) {
        if (command instanceof Command.Place p) {
            reference.place(p.orderId(), p.participant(), p.intent(), p.price(), p.quantity(), p.timeInForce(),
                p.selfTradeMode());
        } else if (command instanceof Command.Cancel c) {
            reference.cancel(c.orderId(), c.participant());
        } else {
            throw new IllegalArgumentException("random streams hold only placements and cancels, not " + command);
        }
    }

    private static void tally(List<String> lines, Map<TradeKind, Long> tradesByKind) {
        for (String line : lines) {
            if (line.startsWith("trade ")) {
                for (TradeKind kind : TradeKind.values()) {
                    if (line.contains(" " + kind.name())) {
                        tradesByKind.merge(kind, 1L, Long::sum);
                    }
                }
            }
        }
    }
}
