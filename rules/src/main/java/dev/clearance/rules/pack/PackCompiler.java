package dev.clearance.rules.pack;

import dev.clearance.rules.model.Citation;
import dev.clearance.rules.model.Jurisdiction;
import dev.clearance.rules.model.Verdict;
import dev.clearance.rules.text.TermCsv;
import dev.clearance.rules.text.TermEntry;
import dev.clearance.rules.text.TermListException;
import dev.clearance.rules.text.TermMatcher;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.definition.type.FactType;

/**
 * Compiles one pack folder: reads its manifest, compiles its DRL with Drools, reads each rule's
 * metadata, loads its tables, and reports every problem with the file and line at fault.
 */
public final class PackCompiler {

    static final String KIND_VOCABULARY = "vocabulary";
    static final String KIND_TERMS = "terms";

    /**
     * Added to each DRL file on its {@code package} line, so line numbers stay those the author
     * wrote: the imports every pack uses and the global its consequences call.
     */
    private static final String PRELUDE = " import dev.clearance.rules.engine.Query;"
            + " import dev.clearance.rules.model.*;"
            + " import dev.clearance.rules.classify.CategoryHit;"
            + " import dev.clearance.rules.classify.Classification;"
            + " import dev.clearance.rules.text.TermHit;"
            + " import dev.clearance.rules.text.TermTier;"
            + " global dev.clearance.rules.engine.RuleOutput out;";

    private static final AtomicLong BUILDS = new AtomicLong();

    private final KieServices kie = KieServices.get();
    private final boolean forDecisions;

    /** A compiler for packs that decide: every rule must look at the decision's own facts. */
    public PackCompiler() {
        this(true);
    }

    private PackCompiler(boolean forDecisions) {
        this.forDecisions = forDecisions;
    }

    /**
     * A compiler for explanation probes: rules cut down to a prefix of their patterns, each run
     * in a fresh session, which may stop before the pattern on the subject.
     */
    public static PackCompiler forProbes() {
        return new PackCompiler(false);
    }

    public CompiledPack compile(PackFiles files) {
        return compile(files, Optional.empty());
    }

    /**
     * Compiles {@code files}, reusing {@code previous}'s knowledge base when the pack's DRL files
     * are the very ones it was built from: a publication that changes table rows then builds no
     * rules, and the new snapshot runs the rule classes the JVM has already compiled. Sessions
     * opened on a shared knowledge base stay on it until disposed, so an engine over such a
     * snapshot must be closed when done (see {@link dev.clearance.rules.engine.DecisionEngine#close}).
     */
    public CompiledPack compile(PackFiles files, Optional<CompiledPack> previous) {
        PackManifest manifest = ManifestReader.read(files);
        List<PackProblem> problems = new ArrayList<>(checkManifest(files, manifest));
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        List<DrlSource> sources = manifest.rules().stream()
                .map(name -> DrlSource.parse(files.path(name), files.text(name))).toList();
        problems.addAll(checkRuleNames(sources));
        String hash = files.contentHash();
        String rulesHash = files.hashOfFiles(manifest.rules());
        KieBase kieBase = previous.filter(pack -> pack.rulesHash().equals(rulesHash)).map(CompiledPack::kieBase)
                .orElseGet(() -> build(files, manifest, sources, hash, problems));
        if (kieBase == null) {
            throw new PackException(problems);
        }
        Map<String, RuleInfo> rules = catalogue(files, manifest, kieBase, sources, problems);
        if (forDecisions) {
            checkRulesLookAtTheDecision(manifest, kieBase, sources, problems);
        }
        List<TableRow> rows = new ArrayList<>();
        List<CompiledPack.TableText> engineTables = new ArrayList<>();
        for (PackManifest.Table table : manifest.tables()) {
            String path = files.path(table.file());
            String csv = FactTableReader.stripBom(files.text(table.file()));
            if (table.kind() != null) {
                engineTables.add(new CompiledPack.TableText(table.kind(), path, csv));
            } else {
                factType(kieBase, sources, table.fact()).ifPresentOrElse(
                        type -> rows.addAll(FactTableReader.read(path, csv, type, problems)),
                        () -> problems.add(PackProblem.at(files.path(PackSources.MANIFEST), 0, "unknown_fact_type",
                                "Table `" + table.file() + "` names fact type `" + table.fact()
                                        + "`, which no DRL file of the pack declares.")));
            }
        }
        TermMatcher terms = compileTerms(engineTables, problems);
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        return new CompiledPack(manifest, hash, rulesHash, kieBase, rules, rows, engineTables, terms);
    }

    /** One matcher over every terms table of the pack; null when it has none. */
    private static TermMatcher compileTerms(List<CompiledPack.TableText> tables, List<PackProblem> problems) {
        List<TermEntry> entries = new ArrayList<>();
        try {
            for (CompiledPack.TableText table : tables) {
                if (table.kind().equals(KIND_TERMS)) {
                    entries.addAll(TermCsv.read(new StringReader(table.text()), table.path()));
                }
            }
            return entries.isEmpty() ? null : TermMatcher.compile(entries);
        } catch (TermListException e) {
            problems.add(PackProblem.at(e.source(), e.line(), e.code(), e.detail()));
            return null;
        }
    }

    private static List<PackProblem> checkManifest(PackFiles files, PackManifest manifest) {
        String path = files.path(PackSources.MANIFEST);
        List<PackProblem> problems = new ArrayList<>();
        if (!manifest.id().equals(files.folder())) {
            problems.add(PackProblem.at(path, 0, "id_mismatch",
                    "The pack id `" + manifest.id() + "` must equal its folder name `" + files.folder() + "`."));
        }
        for (String code : manifest.jurisdictions()) {
            if (!code.equals(PackManifest.ALL_STATES) && Jurisdiction.find(code).isEmpty()) {
                problems.add(PackProblem.at(path, 0, "unknown_jurisdiction",
                        "Unknown jurisdiction `" + code + "`; use US, US-XX for a state or DC, US-STATES, or CN."));
            }
        }
        if (manifest.rules().isEmpty()) {
            problems.add(PackProblem.at(path, 0, "no_rules", "The pack lists no DRL file under `rules`."));
        }
        List<String> named = new ArrayList<>(manifest.rules());
        manifest.tables().forEach(table -> named.add(table.file()));
        for (String name : named) {
            if (files.file(name).isEmpty()) {
                problems.add(PackProblem.at(path, 0, "missing_file",
                        "pack.yaml names `" + name + "`, but the pack folder has no such file."));
            }
        }
        for (PackManifest.Table table : manifest.tables()) {
            boolean fact = table.fact() != null;
            boolean kind = table.kind() != null;
            if (fact == kind) {
                problems.add(PackProblem.at(path, 0, "table_kind",
                        "Table `" + table.file() + "` must give either `fact` (a declared type) or `kind`, not both or neither."));
            } else if (kind && !List.of(KIND_VOCABULARY, KIND_TERMS).contains(table.kind())) {
                problems.add(PackProblem.at(path, 0, "table_kind",
                        "Table `" + table.file() + "` has unknown kind `" + table.kind() + "`; use vocabulary or terms."));
            }
        }
        return problems;
    }

    private static List<PackProblem> checkRuleNames(List<DrlSource> sources) {
        List<PackProblem> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (DrlSource source : sources) {
            if (source.packageName() == null) {
                problems.add(PackProblem.at(source.file(), 1, "missing_package", "The file must start with a `package` line."));
            }
            for (DrlSource.RuleText rule : source.rules()) {
                String first = seen.putIfAbsent(rule.name(), source.file() + ":" + rule.line());
                if (first != null) {
                    problems.add(PackProblem.at(source.file(), rule.line(), "duplicate_rule_id",
                            "Rule id `" + rule.name() + "` is already used at " + first + "; rule ids must be unique."));
                }
            }
        }
        return problems;
    }

    private KieBase build(PackFiles files, PackManifest manifest, List<DrlSource> sources, String hash,
            List<PackProblem> problems) {
        KieFileSystem kfs = kie.newKieFileSystem();
        // A version of its own per build: two compiles of the same pack at once (a validation beside a
        // publication) must not remove each other's module from the shared Drools repository.
        ReleaseId release = kie.newReleaseId("dev.clearance.packs", manifest.id(),
                hash.substring(7, 23) + "-" + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(release);
        for (DrlSource source : sources) {
            kfs.write(resourcePath(source.file()), withPrelude(files.text(source.file().substring(files.folder().length() + 1))));
        }
        KieBuilder builder = kie.newKieBuilder(kfs).buildAll();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = message.getPath() == null ? files.folder() : message.getPath().replaceFirst("^src/main/resources/", "");
            problems.add(new PackProblem(path, Math.max(message.getLine(), 0), Math.max(message.getColumn(), 0),
                    "drl_error", message.getText().replace('\n', ' ').trim()));
        }
        if (!problems.isEmpty()) {
            kie.getRepository().removeKieModule(release);
            return null;
        }
        KieBase base = kie.newKieContainer(release).getKieBase();
        // Without this every reload keeps the old module alive (stack notes: heap grew 17 MB to 88 MB in 80 reloads).
        kie.getRepository().removeKieModule(release);
        return base;
    }

    private static String resourcePath(String packPath) {
        return "src/main/resources/" + packPath;
    }

    static String withPrelude(String drl) {
        return drl.replaceFirst("(?m)^(\\s*package\\s+[\\w.]+\\s*;?)", "$1" + PRELUDE);
    }

    private static Map<String, RuleInfo> catalogue(PackFiles files, PackManifest manifest, KieBase base,
            List<DrlSource> sources, List<PackProblem> problems) {
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        Set<String> read = new HashSet<>();
        sources.forEach(source -> source.rules().forEach(rule -> read.add(rule.name())));
        for (KiePackage kiePackage : base.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                if (!read.contains(rule.getName())) {
                    problems.add(PackProblem.at(files.folder(), 0, "unreadable_rule_name", "Rule `" + rule.getName()
                            + "` compiled, but its name is not written in double quotes at the start of a line, so its"
                            + " id, citation and reason cannot be checked; write `rule \"" + rule.getName() + "\"`."));
                }
            }
        }
        for (DrlSource source : sources) {
            for (DrlSource.RuleText text : source.rules()) {
                Rule rule = base.getRule(source.packageName(), text.name());
                if (rule != null) {
                    ruleInfo(files, manifest, source, text, rule.getMetaData(), problems)
                            .ifPresent(info -> rules.put(info.ruleId(), info));
                }
            }
        }
        return rules;
    }

    private static void checkRulesLookAtTheDecision(PackManifest manifest, KieBase base, List<DrlSource> sources,
            List<PackProblem> problems) {
        Set<String> resident = DecisionFactCheck.residentTypes(manifest.tables().stream()
                .filter(table -> table.fact() != null)
                .flatMap(table -> factType(base, sources, table.fact()).stream())
                .map(FactType::getName).toList());
        for (DrlSource source : sources) {
            for (DrlSource.RuleText text : source.rules()) {
                Rule rule = base.getRule(source.packageName(), text.name());
                if (rule != null && !DecisionFactCheck.looksAtTheDecision(rule, resident)) {
                    problems.add(PackProblem.at(source.file(), text.line(), "rule_ignores_subject",
                            "Rule `" + text.name() + "` matches only the Query and table rows; match the subject it"
                                    + " decides as well (e.g. EventContract(), Product(...), Classification(...)):"
                                    + " the engine keeps queries and rows between decisions, so such a rule would"
                                    + " decide only the first time."));
                }
            }
        }
    }

    private static Optional<RuleInfo> ruleInfo(PackFiles files, PackManifest manifest, DrlSource source,
            DrlSource.RuleText text, Map<String, Object> meta, List<PackProblem> problems) {
        int before = problems.size();
        Verdict verdict = null;
        String verdictText = string(meta, "verdict");
        if (verdictText == null) {
            problems.add(PackProblem.at(source.file(), text.line(), "missing_verdict",
                    "Rule `" + text.name() + "` has no @verdict; add @verdict(\"PROHIBITED\") or another verdict."));
        } else {
            try {
                verdict = Verdict.valueOf(verdictText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(PackProblem.at(source.file(), text.line(), "unknown_verdict",
                        "Rule `" + text.name() + "` has @verdict(\"" + verdictText
                                + "\"); use ALLOWED, CONDITIONAL, REVIEW or PROHIBITED."));
            }
        }
        String reason = string(meta, "reason");
        if (reason == null || reason.isBlank()) {
            problems.add(PackProblem.at(source.file(), text.line(), "missing_reason",
                    "Rule `" + text.name() + "` has no @reason; say in plain words why it decides as it does."));
        }
        String instrument = string(meta, "instrument");
        String article = string(meta, "article");
        Citation citation = instrument != null && article != null
                ? new Citation(instrument, article, string(meta, "articleZh")) : null;
        if (citation == null && !citesRowOfTable(files, manifest, text)) {
            problems.add(PackProblem.at(source.file(), text.line(), "missing_citation",
                    "Rule `" + text.name() + "` cites nothing; add @instrument and @article, "
                            + "or match a table whose rows carry instrument and article columns."));
        }
        String conditions = string(meta, "conditions");
        if (verdict == Verdict.CONDITIONAL && (conditions == null || conditions.isBlank())) {
            problems.add(PackProblem.at(source.file(), text.line(), "missing_conditions",
                    "Rule `" + text.name() + "` is CONDITIONAL but names no @conditions."));
        }
        Integer minimumAge = minimumAge(string(meta, "minimumAge"), source, text, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        List<String> conditionList = conditions == null ? List.of()
                : List.of(conditions.split("\\|")).stream().map(String::trim).filter(c -> !c.isEmpty()).toList();
        return Optional.of(new RuleInfo(text.name(), manifest.id(), verdict, citation, string(meta, "articleZh"),
                reason, string(meta, "reasonZh"), conditionList, minimumAge, meta.containsKey("rider"),
                source.file(), text.line()));
    }

    /** A rule's {@code @minimumAge}: whole years, so the matching core can enforce an age condition. */
    private static Integer minimumAge(String value, DrlSource source, DrlSource.RuleText text,
            List<PackProblem> problems) {
        if (value == null) {
            return null;
        }
        if (value.trim().matches("[1-9][0-9]?")) {
            return Integer.valueOf(value.trim());
        }
        problems.add(PackProblem.at(source.file(), text.line(), "invalid_minimum_age",
                "Rule `" + text.name() + "` has @minimumAge(" + value + "); write whole years from 1 to 99, e.g. @minimumAge(21)."));
        return null;
    }

    /** A rule may leave its citation to the table rows it matches, if it matches such a table. */
    private static boolean citesRowOfTable(PackFiles files, PackManifest manifest, DrlSource.RuleText text) {
        return manifest.tables().stream()
                .filter(table -> table.fact() != null && files.file(table.file()).isPresent())
                .anyMatch(table -> text.text().matches("(?s).*\\b" + table.fact() + "\\s*\\(.*")
                        && FactTableReader.citesRows(FactTableReader.stripBom(files.text(table.file()))));
    }

    private static String string(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : value.toString();
    }

    private static Optional<FactType> factType(KieBase base, List<DrlSource> sources, String name) {
        return sources.stream()
                .map(DrlSource::packageName)
                .distinct()
                .map(pkg -> base.getFactType(pkg, name))
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }
}
