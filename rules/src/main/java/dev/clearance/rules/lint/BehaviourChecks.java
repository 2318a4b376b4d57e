package dev.clearance.rules.lint;

import dev.clearance.rules.engine.DecisionEngine;
import dev.clearance.rules.impact.LabelledRequest;
import dev.clearance.rules.model.Decision;
import dev.clearance.rules.model.Finding;
import dev.clearance.rules.model.JurisdictionDecision;
import dev.clearance.rules.pack.CompiledPack;
import dev.clearance.rules.pack.LivePacks;
import dev.clearance.rules.pack.PackSnapshot;
import dev.clearance.rules.pack.RuleInfo;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Checks found by running the packs, not by reading them: decide every request and look at
 * which rules of one pack fire together in one jurisdiction.
 * <ul>
 * <li>{@code conflicting_rules}: two rules of a pack give different verdicts for the same subject,
 * jurisdiction and date, and neither declares {@code @overrides("OTHER-RULE-ID")}. The fold still
 * answers (the stricter wins), but the pack says two things and should say which one it means.
 * A rule that declares {@code @rider("why")} qualifies whatever else decides (it adds a
 * condition or a caution, such as a minimum age) and never competes, so it is in no conflict.</li>
 * <li>{@code shadowed_rule}: every time rule A fired, a stricter rule B of the same pack fired with it,
 * so A never changed a verdict in anything observed.</li>
 * </ul>
 * Both are evidence from the requests run, so both are warnings.
 */
final class BehaviourChecks {

    /** The metadata key by which a rule declares it takes precedence over others ({@code |}-separated ids). */
    static final String OVERRIDES = "overrides";
    /** The metadata key by which a rule declares it only qualifies a decision made by others. */
    static final String RIDER = "rider";

    private BehaviourChecks() {
    }

    /** Where rule A was seen, and the stricter rules of its pack present every time. */
    private static final class Sightings {
        int count;
        Set<String> alwaysStricter;
        String example;
    }

    static void check(PackSnapshot snapshot, List<LabelledRequest> requests, List<LintFinding> findings) {
        Map<String, RuleInfo> rules = new HashMap<>();
        snapshot.packs().forEach(pack -> rules.putAll(pack.rules()));
        Map<String, Set<String>> overrides = metadataIds(snapshot, OVERRIDES);
        Set<String> riders = metadataIds(snapshot, RIDER).keySet();
        Map<String, String> conflicts = new LinkedHashMap<>();
        Map<String, Sightings> sightings = new LinkedHashMap<>();
        try (DecisionEngine engine = new DecisionEngine(new LivePacks(snapshot))) {
            for (LabelledRequest request : requests) {
                Decision decision = engine.decide(request.request());
                for (JurisdictionDecision jurisdiction : decision.jurisdictions()) {
                    String example = request.source() + " `" + request.label() + "` in " + jurisdiction.jurisdiction();
                    observe(jurisdiction.findings(), rules, overrides, riders, example, conflicts, sightings);
                }
            }
        }
        conflicts.forEach((pair, example) -> {
            String[] ids = pair.split(" ");
            RuleInfo first = rules.get(ids[0]);
            RuleInfo second = rules.get(ids[1]);
            findings.add(LintFinding.warning(first.file(), first.line(), 0, "conflicting_rules",
                    "Rule `" + first.ruleId() + "` (" + first.verdict() + ") and rule `" + second.ruleId() + "` ("
                            + second.verdict() + ", " + second.file() + ":" + second.line() + ") fire together with "
                            + "different verdicts, e.g. for " + example + "; if one is meant to win, say so with "
                            + "@overrides(\"" + second.ruleId() + "\") on `" + first.ruleId() + "` or the reverse."));
        });
        sightings.forEach((ruleId, seen) -> {
            if (!seen.alwaysStricter.isEmpty()) {
                RuleInfo rule = rules.get(ruleId);
                String stricter = String.join(", ", seen.alwaysStricter.stream()
                        .map(id -> "`" + id + "` (" + rules.get(id).verdict() + ")").toList());
                findings.add(LintFinding.warning(rule.file(), rule.line(), 0, "shadowed_rule",
                        "Rule `" + ruleId + "` (" + rule.verdict() + ") is shadowed by " + stricter + " in every case: "
                                + "in all " + seen.count + " decisions where it fired (e.g. " + seen.example
                                + "), a stricter rule of its pack fired too, so it never changed a verdict."));
            }
        });
    }

    private static void observe(List<Finding> findings, Map<String, RuleInfo> rules, Map<String, Set<String>> overrides,
            Set<String> riders, String example, Map<String, String> conflicts, Map<String, Sightings> sightings) {
        List<Finding> fromPacks = findings.stream().filter(f -> rules.containsKey(f.ruleId())).toList();
        for (Finding a : fromPacks) {
            Set<String> stricter = new LinkedHashSet<>();
            for (Finding b : fromPacks) {
                if (!a.pack().equals(b.pack()) || a.ruleId().equals(b.ruleId())) {
                    continue;
                }
                if (b.verdict().compareTo(a.verdict()) > 0) {
                    stricter.add(b.ruleId());
                }
                boolean declared = overrides.getOrDefault(a.ruleId(), Set.of()).contains(b.ruleId())
                        || overrides.getOrDefault(b.ruleId(), Set.of()).contains(a.ruleId())
                        || riders.contains(a.ruleId()) || riders.contains(b.ruleId());
                if (a.verdict() != b.verdict() && !declared && a.ruleId().compareTo(b.ruleId()) < 0) {
                    conflicts.putIfAbsent(a.ruleId() + " " + b.ruleId(), example);
                }
            }
            Sightings seen = sightings.computeIfAbsent(a.ruleId(), id -> new Sightings());
            if (seen.count == 0) {
                seen.alwaysStricter = stricter;
                seen.example = example;
            } else {
                seen.alwaysStricter.retainAll(stricter);
            }
            seen.count++;
        }
    }

    /** The rules that carry metadata {@code key}, each with the {@code |}-separated values it gives. */
    private static Map<String, Set<String>> metadataIds(PackSnapshot snapshot, String key) {
        Map<String, Set<String>> overrides = new HashMap<>();
        for (CompiledPack pack : snapshot.packs()) {
            for (KiePackage kiePackage : pack.kieBase().getKiePackages()) {
                for (Rule rule : kiePackage.getRules()) {
                    Object value = rule.getMetaData().get(key);
                    if (value != null) {
                        Set<String> ids = new HashSet<>();
                        for (String id : value.toString().split("\\|")) {
                            ids.add(id.trim());
                        }
                        overrides.put(rule.getName(), ids);
                    }
                }
            }
        }
        return overrides;
    }
}
