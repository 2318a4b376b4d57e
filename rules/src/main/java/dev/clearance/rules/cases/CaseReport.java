package dev.clearance.rules.cases;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outcome of a golden-case run: each case's result, and coverage: which cases exercised each
 * rule and each table row, and which rules no case exercised.
 */
public record CaseReport(
        List<CaseResult> results,
        Map<String, Set<String>> casesByRule,
        Map<String, Set<String>> casesByRow,
        List<String> unexercisedRules) {

    public long passed() {
        return results.stream().filter(CaseResult::passed).count();
    }

    public long failed() {
        return results.size() - passed();
    }

    public boolean fullCoverage() {
        return unexercisedRules.isEmpty();
    }

    /** Plain-text report: one line per failure, then the closing counts and the coverage line. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        for (CaseResult result : results) {
            if (!result.passed()) {
                text.append("FAIL ").append(result.file()).append(": ").append(result.name()).append('\n');
                result.failures().forEach(f -> text.append("     ").append(f).append('\n'));
            }
        }
        int rules = casesByRule.size();
        text.append(String.format("%d passed, %d failed%n", passed(), failed()));
        text.append(String.format("coverage: %d of %d rules exercised", rules - unexercisedRules.size(), rules));
        if (!unexercisedRules.isEmpty()) {
            text.append("; not exercised by any case: ").append(String.join(", ", unexercisedRules));
        }
        return text.append('\n').toString();
    }
}
