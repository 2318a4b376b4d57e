package dev.clearance.rules.engine;

import dev.clearance.rules.model.Citation;
import dev.clearance.rules.model.Evidence;
import dev.clearance.rules.model.EvidenceSource;
import dev.clearance.rules.model.FactLabel;
import dev.clearance.rules.model.Finding;
import dev.clearance.rules.model.FiredRule;
import dev.clearance.rules.model.Subject;
import dev.clearance.rules.pack.CompiledPack;
import dev.clearance.rules.pack.RuleInfo;
import dev.clearance.rules.pack.TableRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;

/** Gathers the findings one pack's rules produce during one decision, by jurisdiction. */
final class FindingCollector {

    private final CompiledPack pack;
    private final Map<Object, TableRow> rowsByFact;
    private final Map<String, List<Finding>> findings = new HashMap<>();
    private final Set<String> decided = new HashSet<>();
    private final List<FiredRule> fired = new ArrayList<>();

    FindingCollector(CompiledPack pack, Map<Object, TableRow> rowsByFact) {
        this.pack = pack;
        this.rowsByFact = rowsByFact;
    }

    void fire(RuleContext context, String detail) {
        String ruleId = context.getRule().getName();
        RuleInfo info = pack.rules().get(ruleId);
        if (info == null) {
            throw new IllegalStateException("rule " + ruleId + " of pack " + pack.id() + " is not in its catalogue");
        }
        Query query = null;
        Citation citation = info.citation();
        List<Evidence> evidence = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        for (Object fact : context.getMatch().getObjects()) {
            if (fact instanceof Query q) {
                if (query != null && !query.equals(q)) {
                    throw new IllegalStateException("rule " + ruleId + " matched two queries; it must match one jurisdiction");
                }
                query = q;
                continue;
            }
            TableRow row = rowsByFact.get(fact);
            if (row != null) {
                if (citation == null) {
                    citation = row.citation();
                }
                facts.add(row.location());
            } else if (fact instanceof Subject) {
                facts.add("subject");
            } else if (fact instanceof FactLabel labelled) {
                facts.add(labelled.factLabel());
            } else {
                facts.add(fact.getClass().getSimpleName());
            }
            if (fact instanceof EvidenceSource source) {
                evidence.addAll(source.evidence());
            }
        }
        if (query == null) {
            throw new IllegalStateException("rule " + ruleId + " of pack " + pack.id()
                    + " fired without matching a Query; every rule must name the jurisdiction it decides");
        }
        if (citation == null) {
            throw new IllegalStateException("rule " + ruleId + " fired without a citation: it matched no cited row");
        }
        String reason = detail == null ? info.reason() : info.reason() + " " + detail;
        findings.computeIfAbsent(query.jurisdiction(), j -> new ArrayList<>()).add(new Finding(
                ruleId, pack.label(), info.verdict(), reason, info.reasonZh(), citation, info.conditions(), evidence,
                info.minimumAge()));
        fired.add(new FiredRule(ruleId, pack.label(), query.jurisdiction(), facts));
        if (!info.rider()) {
            decided.add(query.jurisdiction());
        }
    }

    Map<String, List<Finding>> findings() {
        return findings;
    }

    List<FiredRule> fired() {
        return fired;
    }

    /** The jurisdictions (layers) for which a rule that is not a rider fired. */
    Set<String> decided() {
        return decided;
    }
}
