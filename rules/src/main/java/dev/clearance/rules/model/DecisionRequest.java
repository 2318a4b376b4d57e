package dev.clearance.rules.model;

import java.time.LocalDate;
import java.util.List;

/** One subject, the jurisdictions asked about (already expanded from {@code ALL}), and the date. */
public record DecisionRequest(Subject subject, List<Jurisdiction> jurisdictions, LocalDate asOf) {

    public DecisionRequest {
        jurisdictions = List.copyOf(jurisdictions);
    }
}
