package dev.clearance.rules.explain;

import dev.clearance.rules.model.Verdict;

/**
 * A rule that did not fire for a jurisdiction, the verdict it would have given, and the first of
 * its conditions that failed, in the rule's own words.
 *
 * @param condition      the failing condition: a constraint such as {@code enforcement == "ENFORCED"},
 *                       or a whole condition such as {@code not TermHit()}
 * @param pattern        the top-level condition the failing constraint belongs to (equal to
 *                       {@code condition} when the whole condition failed)
 * @param conditionsMet  how many of the rule's top-level conditions held before the failing one
 * @param conditionCount how many top-level conditions the rule has
 */
public record RuleMiss(String ruleId, String pack, Verdict verdict, String condition, String pattern,
        int conditionsMet, int conditionCount, String file, int line) {

    /** One line a lawyer reads, e.g. {@code US-ST-SPORTS-ENFORCED (PROHIBITED) did not fire: ...}. */
    public String sentence() {
        String failed = condition.equals(pattern)
                ? "`" + condition + "` does not hold"
                : "`" + condition + "` does not hold in `" + pattern + "`";
        return ruleId + " (" + verdict + ", " + file + ":" + line + ") did not fire: " + failed + "; "
                + conditionsMet + " of its " + conditionCount + " conditions held before it.";
    }
}
