package dev.clearance.rules.cases;

import dev.clearance.rules.engine.DecisionEngine;
import dev.clearance.rules.io.RequestException;
import dev.clearance.rules.model.Decision;
import dev.clearance.rules.model.DecisionRequest;
import dev.clearance.rules.model.FiredRule;
import dev.clearance.rules.model.JurisdictionDecision;
import dev.clearance.rules.model.Verdict;
import dev.clearance.rules.pack.CompiledPack;
import dev.clearance.rules.pack.LivePacks;
import dev.clearance.rules.pack.PackSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Runs golden cases against an engine and measures which rules and rows they exercise. Close it
 * when done: its engine's sessions stay on the snapshot's knowledge bases until then.
 */
public final class CaseRunner implements AutoCloseable {

    private final DecisionEngine engine;
    private final PackSnapshot snapshot;

    /** Runs against the snapshot live now; coverage is counted over that snapshot's rules and rows. */
    public CaseRunner(LivePacks packs) {
        this.engine = new DecisionEngine(packs);
        this.snapshot = packs.current();
    }

    @Override
    public void close() {
        engine.close();
    }

    public CaseReport run(List<CaseFile> files) {
        Map<String, Set<String>> casesByRule = new TreeMap<>();
        Map<String, Set<String>> casesByRow = new TreeMap<>();
        for (CompiledPack pack : snapshot.packs()) {
            pack.rules().keySet().forEach(rule -> casesByRule.put(rule, new TreeSet<>()));
            pack.tableRows().forEach(row -> casesByRow.put(row.file() + ":" + row.line(), new TreeSet<>()));
        }
        List<CaseResult> results = new ArrayList<>();
        for (CaseFile file : files) {
            for (GoldenCase golden : file.cases()) {
                results.add(runOne(file.path(), golden, casesByRule, casesByRow));
            }
        }
        List<String> unexercised = casesByRule.entrySet().stream()
                .filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
        return new CaseReport(results, casesByRule, casesByRow, unexercised);
    }

    public CaseResult runOne(String file, GoldenCase golden, Map<String, Set<String>> casesByRule,
            Map<String, Set<String>> casesByRow) {
        DecisionRequest request;
        try {
            request = golden.request();
        } catch (RequestException e) {
            return new CaseResult(file, golden.name(), List.of("the case's request is invalid: " + e.getMessage()));
        }
        Decision decision = engine.decide(request);
        List<String> failures = new ArrayList<>();
        Set<String> fired = new TreeSet<>();
        for (FiredRule rule : decision.explanation()) {
            fired.add(rule.ruleId());
            casesByRule.computeIfAbsent(rule.ruleId(), r -> new TreeSet<>()).add(golden.name());
            rule.facts().stream().filter(casesByRow::containsKey).forEach(row -> casesByRow.get(row).add(golden.name()));
        }
        // The engine's own findings (no covering pack, no rule decided) may be expected too.
        decision.jurisdictions().forEach(j -> j.findings().forEach(f -> fired.add(f.ruleId())));
        for (Map.Entry<String, Verdict> expected : golden.expect().entrySet()) {
            Verdict actual = decision.jurisdictions().stream()
                    .filter(j -> j.jurisdiction().equals(expected.getKey()))
                    .map(JurisdictionDecision::verdict).findFirst().orElse(null);
            if (actual == null) {
                failures.add(expected.getKey() + ": expected " + expected.getValue()
                        + " but the case does not ask about this jurisdiction");
            } else if (actual != expected.getValue()) {
                failures.add(expected.getKey() + ": expected " + expected.getValue() + ", got " + actual
                        + " (fired: " + firedIn(decision, expected.getKey()) + ")");
            }
        }
        for (String rule : golden.rules()) {
            if (!fired.contains(rule)) {
                failures.add("rule " + rule + " was expected to fire but did not (fired: " + fired + ")");
            }
        }
        return new CaseResult(file, golden.name(), failures);
    }

    private static List<String> firedIn(Decision decision, String jurisdiction) {
        return decision.jurisdictions().stream().filter(j -> j.jurisdiction().equals(jurisdiction))
                .flatMap(j -> j.findings().stream()).map(f -> f.ruleId() + "=" + f.verdict()).toList();
    }
}
