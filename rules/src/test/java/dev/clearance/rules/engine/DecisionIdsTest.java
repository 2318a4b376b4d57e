package dev.clearance.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DecisionIdsTest {

    @Test
    void anIdIsATimeOrderedVersionSevenUuid() {
        UUID id = UUID.fromString(DecisionIds.next());

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).as("IETF variant").isEqualTo(2);
    }

    @Test
    void anIdStartsWithTheMillisecondItWasMade() {
        long before = System.currentTimeMillis();
        UUID id = UUID.fromString(DecisionIds.next());
        long after = System.currentTimeMillis();

        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after);
    }

    @Test
    void anIdMadeInALaterMillisecondSortsAfterAnEarlierOne() throws InterruptedException {
        String earlier = DecisionIds.next();
        Thread.sleep(2);
        String later = DecisionIds.next();

        assertThat(later).isGreaterThan(earlier);
    }

    @Test
    void idsMadeInTheSameMillisecondStillDiffer() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            ids.add(DecisionIds.next());
        }

        assertThat(ids).hasSize(1_000);
    }

    @Test
    void idsDrawnOnManyThreadsAtOnceAreAllDistinct() throws Exception {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List.of(1, 2, 3, 4, 5, 6, 7, 8).forEach(t -> pool.execute(() -> {
                for (int i = 0; i < 5_000; i++) {
                    ids.add(DecisionIds.next());
                }
            }));
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(ids).hasSize(40_000);
    }
}
