package dev.clearance.rules.matching;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * Throughput of one market on one thread with the compliance gate on and off, and latency per
 * order at a fixed offered rate with coordinated-omission correction: each command has an
 * intended send time on a fixed schedule, and its latency is measured from that time, so a
 * stall is charged to every command queued behind it. A program, not a test: it prints figures.
 * Run: {@code ./mvnw -B -Pbench -pl rules test -Dtest=MatchingBenchmark}.
 */
@Tag("benchmark")
class MatchingBenchmark {

    private static final int PARTICIPANTS = 64;
    private static final int COMMANDS = 2_000_000;
    private static final int ROUNDS = 5;
    private static final long OFFERED_RATE = 1_000_000;
    private static final String[] JURISDICTIONS = {"US-NJ", "US-NY", "US-PA", "US-IL"};

    public static void main(String[] args) {
        new MatchingBenchmark().run();
    }

    @Test
    void run() {
        List<Command> stream = RandomCommands.generate(42, COMMANDS, PARTICIPANTS, 0);
        Command[] commands = stream.toArray(Command[]::new);
        System.out.printf("matching benchmark: %d commands (placements, cancels, crossing orders), %d participants, "
            + "%d cores%n", COMMANDS, PARTICIPANTS, Runtime.getRuntime().availableProcessors());
        double gateOff = 0;
        double gateOn = 0;
        for (int round = 0; round < ROUNDS; round++) {
            gateOff = Math.max(gateOff, throughput(commands, false));
            gateOn = Math.max(gateOn, throughput(commands, true));
        }
        Histogram serviceTime = new Histogram(10_000_000_000L, 3);
        Histogram latency = latencyAtFixedRate(commands, serviceTime);
        System.out.println("| measure                              | value        |");
        System.out.println("|--------------------------------------|--------------|");
        System.out.printf("| orders/s, gate off (best of %d)       | %,12.0f |%n", ROUNDS, gateOff);
        System.out.printf("| orders/s, gate on  (best of %d)       | %,12.0f |%n", ROUNDS, gateOn);
        System.out.printf("| gate overhead                        | %11.1f%% |%n", (gateOff / gateOn - 1) * 100);
        System.out.printf("| latency p50 at %,d/s, gate on  | %9.2f µs |%n", OFFERED_RATE, latency.getValueAtPercentile(50) / 1000.0);
        System.out.printf("| latency p99                          | %9.2f µs |%n", latency.getValueAtPercentile(99) / 1000.0);
        System.out.printf("| latency p99.9                        | %9.2f µs |%n", latency.getValueAtPercentile(99.9) / 1000.0);
        System.out.printf("| latency max                          | %9.2f µs |%n", latency.getMaxValue() / 1000.0);
        System.out.printf("| service time p50 / p99 / p99.9 (raw) | %.2f / %.2f / %.2f µs |%n",
            serviceTime.getValueAtPercentile(50) / 1000.0, serviceTime.getValueAtPercentile(99) / 1000.0,
            serviceTime.getValueAtPercentile(99.9) / 1000.0);
        System.out.printf("| commands that took over 100 µs       | %,12d |%n",
            serviceTime.getTotalCount() - serviceTime.getCountBetweenValues(0, 100_000));
        System.out.printf("| system load average (2 cores shared) | %12.2f |%n",
            java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /**
     * Limits sized so the gate checks every order but refuses none of this stream: with the gate
     * on and off the book then does the same matching work, and the difference is the gate's cost.
     */
    private static Market market(boolean gate) {
        MarketConfig config = new MarketConfig(100_000, PARTICIPANTS, gate,
            new RiskLimits(20, 50_000_000, 60, Fixtures.REFERENCE_PRICE),
            new SurveillanceThresholds(20, 1_000, 5_000, 50, 500));
        Market market = new Market(Fixtures.CONTRACT, config, Fixtures.eligibleIn(JURISDICTIONS), MatchingEvents.NONE);
        for (int p = 0; p < PARTICIPANTS; p++) {
            market.registerParticipant(new Participant("acct-" + p, "owner-" + (p / 2), "group-" + (p / 4),
                JURISDICTIONS[p % JURISDICTIONS.length], 30, true, p % 16 == 0, SelfTradeMode.values()[p % 3]));
        }
        return market;
    }

    private static double throughput(Command[] commands, boolean gate) {
        Market market = market(gate);
        long start = System.nanoTime();
        for (Command command : commands) {
            apply(market, command);
        }
        long elapsed = System.nanoTime() - start;
        if (!market.conservationHolds()) {
            throw new IllegalStateException("conservation broken during the benchmark");
        }
        return commands.length * 1e9 / elapsed;
    }

    /** Sends commands on a fixed schedule; a command's latency runs from its intended send time. */
    private static Histogram latencyAtFixedRate(Command[] commands, Histogram serviceTime) {
        Histogram histogram = new Histogram(10_000_000_000L, 3);
        for (int warmup = 0; warmup < 2; warmup++) {
            histogram.reset();
            serviceTime.reset();
            Market market = market(true);
            long interval = 1_000_000_000L / OFFERED_RATE;
            long start = System.nanoTime();
            for (int i = 0; i < commands.length; i++) {
                long intended = start + i * interval;
                while (System.nanoTime() < intended) {
                    Thread.onSpinWait();
                }
                long sent = System.nanoTime();
                apply(market, commands[i]);
                long done = System.nanoTime();
                histogram.recordValue(done - intended);
                serviceTime.recordValue(done - sent);
            }
        }
        return histogram;
    }

    private static void apply(Market market, Command command) {
        if (command instanceof Command.Place p) {
            market.place(p.orderId(), p.participant(), p.intent(), p.price(), p.quantity(), p.timeInForce(),
                p.selfTradeMode(), p.timestamp());
        } else {
            Command.Cancel c = (Command.Cancel) command;
            market.cancel(c.orderId(), c.participant(), c.timestamp());
        }
    }
}
