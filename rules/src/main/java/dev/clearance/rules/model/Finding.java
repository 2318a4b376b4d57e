package dev.clearance.rules.model;

import java.util.List;

/**
 * One rule's conclusion for one jurisdiction. {@code reasonZh} is the Chinese reason where the
 * pack gives one (China's packs), otherwise null.
 */
public record Finding(
        String ruleId,
        String pack,
        Verdict verdict,
        String reason,
        String reasonZh,
        Citation citation,
        List<String> conditions,
        List<Evidence> evidence) {

    public Finding {
        conditions = List.copyOf(conditions);
        evidence = List.copyOf(evidence);
    }
}
