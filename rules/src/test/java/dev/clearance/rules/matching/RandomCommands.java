package dev.clearance.rules.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded streams of placements and cancels around a mid price, so orders cross often: buys and
 * sells of both contracts, GTC and IOC, every self-trade mode, and a sprinkling of bad input
 * (invalid prices, zero quantities, reused ids, cancels of dead or foreign orders).
 */
final class RandomCommands {

    private RandomCommands() {
    }

    static List<Command> generate(long seed, int count, int participants, long startTimestamp) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Command> commands = new ArrayList<>(count);
        int[] ownerOfId = new int[count + 1];
        long nextId = 1;
        long timestamp = startTimestamp;
        for (int i = 0; i < count; i++) {
            timestamp += 1 + random.nextInt(2_000);
            int roll = random.nextInt(100);
            if (roll < 15 && nextId > 1) {
                long id = Math.max(1, nextId - 1 - random.nextInt(60));
                int owner = random.nextInt(10) == 0 ? random.nextInt(participants) : ownerOfId[(int) id];
                commands.add(new Command.Cancel(id, owner, timestamp));
                continue;
            }
            long id = random.nextInt(50) == 0 && nextId > 1 ? nextId - 1 - random.nextInt((int) Math.min(nextId - 1, 20)) : nextId++;
            int participant = random.nextInt(participants);
            if (id < ownerOfId.length) {
                ownerOfId[(int) id] = participant;
            }
            commands.add(new Command.Place(id, participant, intent(random), price(random), quantity(random),
                random.nextInt(5) == 0 ? TimeInForce.IOC : TimeInForce.GTC, mode(random), timestamp));
        }
        return commands;
    }

    private static Intent intent(SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 35) {
            return Intent.BUY_YES;
        }
        if (roll < 70) {
            return Intent.BUY_NO;
        }
        return roll < 85 ? Intent.SELL_YES : Intent.SELL_NO;
    }

    private static int price(SplittableRandom random) {
        if (random.nextInt(200) == 0) {
            return random.nextBoolean() ? 0 : 100;
        }
        return 40 + random.nextInt(21);
    }

    private static int quantity(SplittableRandom random) {
        return random.nextInt(200) == 0 ? 0 : 1 + random.nextInt(20);
    }

    private static SelfTradeMode mode(SplittableRandom random) {
        int roll = random.nextInt(10);
        return roll < 7 ? null : SelfTradeMode.values()[roll - 7];
    }
}
