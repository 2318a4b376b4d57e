package dev.clearance.rules.engine;

import dev.clearance.rules.model.DecisionRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A sample of the requests decided lately, which readying a new snapshot replays. Each decision
 * writes one slot chosen at random, so the threads deciding share no counter; the sample is the
 * traffic's mix, not its last few requests.
 */
final class RecentRequests {

    private final AtomicReferenceArray<DecisionRequest> slots;

    RecentRequests(int size) {
        this.slots = new AtomicReferenceArray<>(size);
    }

    void record(DecisionRequest request) {
        slots.lazySet(ThreadLocalRandom.current().nextInt(slots.length()), request);
    }

    List<DecisionRequest> sample() {
        List<DecisionRequest> sample = new ArrayList<>(slots.length());
        for (int i = 0; i < slots.length(); i++) {
            DecisionRequest request = slots.get(i);
            if (request != null) {
                sample.add(request);
            }
        }
        return sample;
    }
}
