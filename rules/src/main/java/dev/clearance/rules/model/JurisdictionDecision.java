package dev.clearance.rules.model;

import java.util.List;

/** The folded verdict for one jurisdiction and the findings behind it. */
public record JurisdictionDecision(String jurisdiction, Verdict verdict, List<Finding> findings) {

    public JurisdictionDecision {
        findings = List.copyOf(findings);
    }
}
