package dev.clearance.service.decision;

import dev.clearance.rules.io.DecisionRequestDocument;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Several decision requests in one call, answered in order; more than {@link #MAX_REQUESTS} is a 422. */
record BatchRequest(
        @NotEmpty @Size(max = MAX_REQUESTS, message = "at most " + MAX_REQUESTS + " requests per batch; split it")
        List<@NotNull @Valid DecisionRequestDocument> requests) {

    static final int MAX_REQUESTS = 100;
}
