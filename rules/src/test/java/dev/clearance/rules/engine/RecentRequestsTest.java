package dev.clearance.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.rules.model.DecisionRequest;
import dev.clearance.rules.model.EventContract;
import dev.clearance.rules.model.Jurisdiction;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentRequestsTest {

    private static DecisionRequest request(String title) {
        return new DecisionRequest(new EventContract(title, null, null, null, null),
                List.of(Jurisdiction.find("US-NV").orElseThrow()), LocalDate.of(2026, 11, 21));
    }

    @Test
    void aSampleHoldsNothingBeforeAnyRequest() {
        assertThat(new RecentRequests(8).sample()).isEmpty();
    }

    @Test
    void aSampleHoldsOnlyRequestsRecorded() {
        RecentRequests recent = new RecentRequests(8);
        DecisionRequest chiefs = request("Will the Chiefs win?");
        DecisionRequest cpi = request("Will CPI exceed 3%?");

        recent.record(chiefs);
        recent.record(cpi);

        assertThat(recent.sample()).isNotEmpty().isSubsetOf(chiefs, cpi);
    }

    @Test
    void aSampleNeverGrowsBeyondItsSlots() {
        RecentRequests recent = new RecentRequests(8);

        for (int i = 0; i < 1_000; i++) {
            recent.record(request("Will team " + i + " win?"));
        }

        assertThat(recent.sample()).hasSize(8);
    }
}
