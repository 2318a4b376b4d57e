package dev.clearance.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

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
    void anIdIsARandomVersionFourUuid() {
        UUID id = UUID.fromString(DecisionIds.next());

        assertThat(id.version()).isEqualTo(4);
        assertThat(id.variant()).as("IETF variant").isEqualTo(2);
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
