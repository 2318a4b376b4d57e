package dev.clearance.rules.impact;

import dev.clearance.rules.engine.DecisionEngine;
import dev.clearance.rules.model.Decision;
import dev.clearance.rules.model.Finding;
import dev.clearance.rules.model.JurisdictionDecision;
import dev.clearance.rules.pack.LivePacks;
import dev.clearance.rules.pack.PackSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Decides the same requests with the live packs and with a draft, and reports every verdict
 * the draft would change and the rules behind each change.
 *
 * <p>Its engines keep warm sessions on both snapshots' rule bases, which a draft may share with
 * the live packs: close it when done.
 */
public final class ImpactAnalysis implements AutoCloseable {

    private final PackSnapshot live;
    private final PackSnapshot draft;
    private final DecisionEngine liveEngine;
    private final DecisionEngine draftEngine;

    public ImpactAnalysis(PackSnapshot live, PackSnapshot draft) {
        this.live = live;
        this.draft = draft;
        this.liveEngine = new DecisionEngine(new LivePacks(live));
        this.draftEngine = new DecisionEngine(new LivePacks(draft));
    }

    public ImpactReport compare(List<LabelledRequest> requests, List<SkippedRequest> skipped) {
        Map<String, Integer> bySource = new LinkedHashMap<>();
        List<VerdictChange> changes = new ArrayList<>();
        int decisions = 0;
        for (LabelledRequest request : requests) {
            bySource.merge(request.source(), 1, Integer::sum);
            Decision before = liveEngine.decide(request.request());
            Decision after = draftEngine.decide(request.request());
            for (JurisdictionDecision was : before.jurisdictions()) {
                decisions++;
                JurisdictionDecision now = after.jurisdictions().stream()
                        .filter(j -> j.jurisdiction().equals(was.jurisdiction())).findFirst().orElseThrow();
                if (was.verdict() != now.verdict()) {
                    Set<String> liveRules = ruleIds(was);
                    Set<String> draftRules = ruleIds(now);
                    changes.add(new VerdictChange(request.source(), request.label(), was.jurisdiction(), was.verdict(),
                            now.verdict(), difference(draftRules, liveRules), difference(liveRules, draftRules)));
                }
            }
        }
        return new ImpactReport(live.hash(), draft.hash(), bySource, decisions, changes, skipped);
    }

    /** Disposes the sessions both engines opened. */
    @Override
    public void close() {
        try {
            liveEngine.close();
        } finally {
            draftEngine.close();
        }
    }

    private static Set<String> ruleIds(JurisdictionDecision decision) {
        return decision.findings().stream().map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> difference(Set<String> a, Set<String> b) {
        return a.stream().filter(id -> !b.contains(id)).toList();
    }
}
