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
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Turns one pack's rule firings during a decision into findings, into the decision's
 * {@link DecisionFindings}.
 *
 * <p>A state-layer rule fires once per jurisdiction, and its finding often reads the same in
 * each: the same reason, citation and evidence, only the state's row differs in the explanation.
 * Those firings share one {@link Finding}: the collector keeps each rule's last finding and
 * reuses it while what the finding is made of (the detail, the citation and the evidence) is the
 * very same.
 */
final class FindingCollector {

    private final CompiledPack pack;
    private final String packLabel;
    private final Map<Object, TableRow> rowsByFact;
    private final DecisionFindings sink;
    private final Map<Rule, LastFinding> lastFinding = new IdentityHashMap<>();
    private final Map<Object, String> factLabels = new IdentityHashMap<>();
    /** Reused by each firing: rules fire one at a time within a decision, and most match four facts or fewer. */
    private final String[] labelBuffer = new String[4];

    FindingCollector(CompiledPack pack, Map<Object, TableRow> rowsByFact, DecisionFindings sink) {
        this.pack = pack;
        this.packLabel = pack.label();
        this.rowsByFact = rowsByFact;
        this.sink = sink;
    }

    void fire(RuleContext context, String detail) {
        Rule rule = context.getRule();
        String ruleId = rule.getName();
        LastFinding last = lastFinding.get(rule);
        RuleInfo info = last == null ? ruleInfo(ruleId) : last.info();
        Query query = null;
        Citation citation = info.citation();
        List<List<Evidence>> evidence = new ArrayList<>(2);
        List<Object> facts = context.getMatch().getObjects();
        String[] labels = facts.size() <= labelBuffer.length ? labelBuffer : new String[facts.size()];
        int labelCount = 0;
        for (Object fact : facts) {
            if (fact instanceof Query q) {
                if (query != null && !query.equals(q)) {
                    throw new IllegalStateException("rule " + ruleId + " matched two queries; it must match one jurisdiction");
                }
                query = q;
                continue;
            }
            TableRow row = rowsByFact.get(fact);
            if (row != null && citation == null) {
                citation = row.citation();
            }
            labels[labelCount++] = labelOf(fact, row);
            if (fact instanceof EvidenceSource source) {
                evidence.add(source.evidence());
            }
        }
        if (query == null) {
            throw new IllegalStateException("rule " + ruleId + " of pack " + pack.id()
                    + " fired without matching a Query; every rule must name the jurisdiction it decides");
        }
        if (citation == null) {
            throw new IllegalStateException("rule " + ruleId + " fired without a citation: it matched no cited row");
        }
        if (last == null || !last.madeOf(citation, detail, evidence)) {
            last = new LastFinding(info, citation, detail, evidence, finding(ruleId, info, citation, detail, evidence));
            lastFinding.put(rule, last);
        }
        sink.add(new FiredRule(ruleId, packLabel, query.jurisdiction(), immutableList(labels, labelCount)), last.finding(),
                !info.rider());
    }

    /** The first {@code count} labels as an immutable list, which the explanation keeps without copying again. */
    private static List<String> immutableList(String[] labels, int count) {
        return switch (count) {
            case 0 -> List.of();
            case 1 -> List.of(labels[0]);
            case 2 -> List.of(labels[0], labels[1]);
            default -> List.copyOf(Arrays.asList(labels).subList(0, count));
        };
    }

    private RuleInfo ruleInfo(String ruleId) {
        RuleInfo info = pack.rules().get(ruleId);
        if (info == null) {
            throw new IllegalStateException("rule " + ruleId + " of pack " + pack.id() + " is not in its catalogue");
        }
        return info;
    }

    private Finding finding(String ruleId, RuleInfo info, Citation citation, String detail, List<List<Evidence>> evidence) {
        String reason = detail == null ? info.reason() : info.reason() + " " + detail;
        List<Evidence> all = evidence.size() == 1 ? evidence.get(0) : evidence.stream().flatMap(List::stream).toList();
        return new Finding(ruleId, packLabel, info.verdict(), reason, info.reasonZh(), citation, info.conditions(), all,
                info.minimumAge());
    }

    /** How the explanation names a fact; computed once per fact and decision, since state rules share facts. */
    private String labelOf(Object fact, TableRow row) {
        if (row != null) {
            return row.location();
        }
        return factLabels.computeIfAbsent(fact, f -> f instanceof Subject ? "subject"
                : f instanceof FactLabel labelled ? labelled.factLabel() : f.getClass().getSimpleName());
    }

    /** A rule's most recent finding and what it was made of. */
    private record LastFinding(RuleInfo info, Citation citation, String detail, List<List<Evidence>> evidence,
            Finding finding) {

        /** True when a new firing would make the same finding: the same citation and evidence objects, an equal detail. */
        boolean madeOf(Citation otherCitation, String otherDetail, List<List<Evidence>> otherEvidence) {
            if (citation != otherCitation || !Objects.equals(detail, otherDetail) || evidence.size() != otherEvidence.size()) {
                return false;
            }
            for (int i = 0; i < evidence.size(); i++) {
                if (evidence.get(i) != otherEvidence.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }
}
