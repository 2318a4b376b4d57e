package dev.clearance.rules.pack;

import dev.clearance.rules.classify.EventClassifier;
import dev.clearance.rules.classify.VocabularyCsv;
import dev.clearance.rules.classify.VocabularyEntry;
import dev.clearance.rules.classify.VocabularyException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compiles a whole pack set into a snapshot, or fails with every problem of every pack. Packs
 * compile in parallel: they are independent until the set-wide checks at the end.
 */
public final class PackLoader {

    private final PackCompiler compiler = new PackCompiler();

    public PackSnapshot load(List<PackFiles> packSet) {
        return load(packSet, id -> Optional.empty());
    }

    /**
     * Compiles {@code packSet}, reusing the knowledge base of each pack of {@code previous} (e.g.
     * the live snapshot) whose DRL files are unchanged: see {@link PackCompiler#compile(PackFiles, Optional)}.
     */
    public PackSnapshot load(List<PackFiles> packSet, PackSnapshot previous) {
        return load(packSet, previous::pack);
    }

    private PackSnapshot load(List<PackFiles> packSet, Function<String, Optional<CompiledPack>> previousById) {
        List<PackProblem> problems = new ArrayList<>();
        List<CompiledPack> compiled = new ArrayList<>();
        List<Object> results = packSet.parallelStream()
                .map(files -> compileOrProblems(files, previousById.apply(files.folder())))
                .toList();
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
        EventClassifier classifier = problems.isEmpty() ? classifier(compiled, problems) : null;
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        return PackSnapshot.of(compiled, classifier);
    }

    /**
     * Drools finds its services through the thread's context class loader; pool threads of a
     * Spring Boot fat jar carry the system loader, which cannot see the nested jars.
     */
    private Object compileOrProblems(PackFiles files, Optional<CompiledPack> reusable) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(PackLoader.class.getClassLoader());
        try {
            return compiler.compile(files, reusable);
        } catch (PackException e) {
            return e;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static EventClassifier classifier(List<CompiledPack> packs, List<PackProblem> problems) {
        List<VocabularyEntry> entries = new ArrayList<>();
        for (CompiledPack pack : packs) {
            for (CompiledPack.TableText table : pack.engineTables(PackCompiler.KIND_VOCABULARY)) {
                try {
                    entries.addAll(VocabularyCsv.read(new StringReader(table.text()), table.path()));
                } catch (VocabularyException e) {
                    problems.add(PackProblem.at(table.path(), 0, "invalid_vocabulary", e.getMessage()));
                }
            }
        }
        if (entries.isEmpty()) {
            return null;
        }
        try {
            return EventClassifier.compile(entries);
        } catch (VocabularyException e) {
            problems.add(PackProblem.at("vocabulary", 0, "invalid_vocabulary", e.getMessage()));
            return null;
        }
    }

    /** Checks that need every pack at once: unique ids, unique rule ids, known superseded packs. */
    private static List<PackProblem> checkSet(List<CompiledPack> packs) {
        List<PackProblem> problems = new ArrayList<>();
        Set<String> ids = packs.stream().map(CompiledPack::id).collect(Collectors.toSet());
        Map<String, RuleInfo> ruleIds = new HashMap<>();
        Set<String> seenIds = new java.util.HashSet<>();
        for (CompiledPack pack : packs) {
            if (!seenIds.add(pack.id())) {
                problems.add(PackProblem.at(pack.id() + "/" + PackSources.MANIFEST, 0, "duplicate_pack_id",
                        "Two folders hold a pack with id `" + pack.id() + "`; each pack id may appear once in a pack set."));
            }
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
