package dev.clearance.rules.impact;

import dev.clearance.rules.model.Verdict;
import java.util.List;

/**
 * One subject whose verdict in one jurisdiction differs between the live packs and the draft,
 * with the rules responsible: those that fired there only in the draft, and only live.
 */
public record VerdictChange(String source, String subject, String jurisdiction, Verdict live, Verdict draft,
        List<String> firedOnlyInDraft, List<String> firedOnlyLive) {

    public VerdictChange {
        firedOnlyInDraft = List.copyOf(firedOnlyInDraft);
        firedOnlyLive = List.copyOf(firedOnlyLive);
    }
}
