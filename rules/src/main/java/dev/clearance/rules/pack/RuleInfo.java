package dev.clearance.rules.pack;

import dev.clearance.rules.model.Citation;
import dev.clearance.rules.model.Verdict;
import java.util.List;

/**
 * What a rule says about itself in its metadata ({@code @verdict}, {@code @instrument},
 * {@code @article}, {@code @reason}, ...), read once at compile time so firing costs no lookups.
 * {@code citation} is null for a rule that cites the table row it matched instead;
 * {@code minimumAge} is null unless the rule sets {@code @minimumAge}; {@code rider} is true for a
 * rule that declares {@code @rider}: it qualifies a decision (adds a condition or a caution) and
 * never decides a layer on its own.
 */
public record RuleInfo(
        String ruleId,
        String packId,
        Verdict verdict,
        Citation citation,
        String articleZh,
        String reason,
        String reasonZh,
        List<String> conditions,
        Integer minimumAge,
        boolean rider,
        String file,
        int line) {

    public RuleInfo {
        conditions = List.copyOf(conditions);
    }
}
