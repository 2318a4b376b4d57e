package dev.clearance.rules.pack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compiles a whole pack set into a snapshot, or fails with every problem of every pack. Packs
 * compile in parallel: they are independent until the set-wide checks at the end.
 */
public final class PackLoader {

    private final PackCompiler compiler = new PackCompiler();

    public PackSnapshot load(List<PackFiles> packSet) {
        List<PackProblem> problems = new ArrayList<>();
        List<CompiledPack> compiled = new ArrayList<>();
        List<Object> results = packSet.parallelStream().map(this::compileOrProblems).toList();
        for (Object result : results) {
            if (result instanceof CompiledPack pack) {
                compiled.add(pack);
            } else {
                problems.addAll(((PackException) result).problems());
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(checkSet(compiled));
        }
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        return PackSnapshot.of(compiled);
    }

    private Object compileOrProblems(PackFiles files) {
        try {
            return compiler.compile(files);
        } catch (PackException e) {
            return e;
        }
    }

    /** Checks that need every pack at once: unique ids, unique rule ids, known superseded packs. */
    private static List<PackProblem> checkSet(List<CompiledPack> packs) {
        List<PackProblem> problems = new ArrayList<>();
        Set<String> ids = packs.stream().map(CompiledPack::id).collect(Collectors.toSet());
        Map<String, RuleInfo> ruleIds = new HashMap<>();
        for (CompiledPack pack : packs) {
            PackManifest.Supersession supersedes = pack.manifest().supersedes();
            if (supersedes != null && !ids.contains(supersedes.pack())) {
                problems.add(PackProblem.at(pack.id() + "/" + PackSources.MANIFEST, 0, "unknown_superseded_pack",
                        "`supersedes` names pack `" + supersedes.pack() + "`, which is not in the pack set."));
            }
            for (RuleInfo rule : pack.rules().values()) {
                RuleInfo first = ruleIds.putIfAbsent(rule.ruleId(), rule);
                if (first != null) {
                    problems.add(PackProblem.at(rule.file(), rule.line(), "duplicate_rule_id",
                            "Rule id `" + rule.ruleId() + "` is already used at " + first.file() + ":" + first.line()
                                    + "; rule ids must be unique across packs."));
                }
            }
        }
        return problems;
    }
}
