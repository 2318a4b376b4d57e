package dev.clearance.rules.model;

import java.util.List;

/**
 * One rule's conclusion for one jurisdiction. {@code reasonZh} is the Chinese reason where the
 * pack gives one (China's packs), otherwise null. {@code minimumAge} is the youngest participant
 * age the rule admits, when its {@code @minimumAge} metadata sets one, otherwise null: the
 * structured form of an age condition, which the matching core enforces per listing.
 */
public record Finding(
        String ruleId,
        String pack,
        Verdict verdict,
        String reason,
        String reasonZh,
        Citation citation,
        List<String> conditions,
        List<Evidence> evidence,
        Integer minimumAge) {

    public Finding {
        conditions = List.copyOf(conditions);
        evidence = List.copyOf(evidence);
    }
}
