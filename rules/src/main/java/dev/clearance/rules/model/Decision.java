package dev.clearance.rules.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer to one request: a verdict per jurisdiction, the most restrictive of them as
 * {@code overall}, and the hash of the pack snapshot that decided it.
 */
public record Decision(
        String id,
        LocalDate asOf,
        Verdict overall,
        String packSet,
        List<JurisdictionDecision> jurisdictions,
        List<FiredRule> explanation) {

    public Decision {
        jurisdictions = List.copyOf(jurisdictions);
        explanation = List.copyOf(explanation);
    }

    public Verdict verdictFor(String jurisdiction) {
        return jurisdictions.stream()
                .filter(j -> j.jurisdiction().equals(jurisdiction))
                .map(JurisdictionDecision::verdict)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no decision for " + jurisdiction));
    }
}
