package dev.clearance.rules.impact;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.clearance.rules.io.DecisionWriter;
import java.util.List;
import java.util.Map;

/**
 * What a draft pack set would change: how many requests of each source were decided both ways,
 * every verdict that changes, and what could not be compared.
 */
public record ImpactReport(String liveSnapshot, String draftSnapshot, Map<String, Integer> requestsBySource,
        int jurisdictionDecisions, List<VerdictChange> changes, List<SkippedRequest> skipped) {

    public ImpactReport {
        requestsBySource = Map.copyOf(requestsBySource);
        changes = List.copyOf(changes);
        skipped = List.copyOf(skipped);
    }

    /** The changes as a table, then one summary line. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        if (!changes.isEmpty()) {
            text.append(String.format("%-12s %-11s %-11s %-11s %-40s %s%n", "SOURCE", "JURISDICTION", "LIVE", "DRAFT",
                    "RULES (+ draft only, - live only)", "SUBJECT"));
        }
        for (VerdictChange change : changes) {
            StringBuilder rules = new StringBuilder();
            change.firedOnlyInDraft().forEach(r -> rules.append('+').append(r).append(' '));
            change.firedOnlyLive().forEach(r -> rules.append('-').append(r).append(' '));
            text.append(String.format("%-12s %-11s %-11s %-11s %-40s %s%n", change.source(), change.jurisdiction(),
                    change.live(), change.draft(), rules.toString().trim(), change.subject()));
        }
        skipped.forEach(s -> text.append("skipped ").append(s.source()).append(" `").append(s.label()).append("`: ")
                .append(s.reason()).append('\n'));
        return text.append(summary()).append('\n').toString();
    }

    public String summary() {
        long subjects = changes.stream().map(c -> c.source() + "\n" + c.subject()).distinct().count();
        return changes.size() + " verdict change(s) in " + subjects + " subject(s) over " + jurisdictionDecisions
                + " jurisdiction decisions from " + requestsBySource + (skipped.isEmpty() ? "" : "; " + skipped.size() + " skipped");
    }

    public String toJson() {
        try {
            return DecisionWriter.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the impact report could not be written as JSON", e);
        }
    }
}
