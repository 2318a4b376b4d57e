package dev.clearance.rules.model;

import java.util.List;

/** Explanation entry: a rule that fired, in which pack, for which jurisdiction, on which facts. */
public record FiredRule(String ruleId, String pack, String jurisdiction, List<String> facts) {

    public FiredRule {
        facts = List.copyOf(facts);
    }
}
