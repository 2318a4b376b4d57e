package dev.clearance.rules.explain;

import dev.clearance.rules.classify.Classification;
import dev.clearance.rules.engine.DecisionEngine;
import dev.clearance.rules.engine.Query;
import dev.clearance.rules.model.BusinessName;
import dev.clearance.rules.model.DecisionRequest;
import dev.clearance.rules.model.EventContract;
import dev.clearance.rules.model.Finding;
import dev.clearance.rules.model.Jurisdiction;
import dev.clearance.rules.model.JurisdictionDecision;
import dev.clearance.rules.pack.CompiledPack;
import dev.clearance.rules.pack.DrlSource;
import dev.clearance.rules.pack.LivePacks;
import dev.clearance.rules.pack.PackCompiler;
import dev.clearance.rules.pack.PackFiles;
import dev.clearance.rules.pack.PackSnapshot;
import dev.clearance.rules.pack.RuleInfo;
import dev.clearance.rules.pack.TableRow;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Says why rules did not fire: for a request and one jurisdiction, every rule of the packs that
 * answered there which did not fire, with the first of its conditions that failed.
 *
 * <p>How: each pack is compiled once more with its rules replaced by probe rules, one per prefix
 * of each rule's conditions (and per prefix of a pattern's constraints). The probes run on the
 * same facts the engine uses; the shortest prefix whose probe does not fire ends in the failing
 * condition. Drools itself decides each condition, so the answer is exact however a condition
 * is written; the cost is one extra compilation per pack, paid when this explainer is built.
 *
 * <p>Its engine keeps warm sessions on the snapshot's rule bases: close it when done.
 */
public final class WhyNot implements AutoCloseable {

    private static final String PROBE = "whynot|";

    private final PackSnapshot snapshot;
    private final DecisionEngine engine;
    private final Map<String, CompiledPack> probePacks = new HashMap<>();
    private final Map<String, RuleConditions> conditions = new HashMap<>();

    private WhyNot(PackSnapshot snapshot) {
        this.snapshot = snapshot;
        this.engine = new DecisionEngine(new LivePacks(snapshot));
    }

    /**
     * Prepares the explainer for a snapshot and the files it was compiled from.
     *
     * @throws IllegalArgumentException when a pack of the snapshot is missing from {@code sources}
     */
    public static WhyNot of(List<PackFiles> sources, PackSnapshot snapshot) {
        WhyNot whyNot = new WhyNot(snapshot);
        PackCompiler compiler = PackCompiler.forProbes();
        for (CompiledPack pack : snapshot.packs()) {
            PackFiles files = sources.stream().filter(f -> f.folder().equals(pack.id())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no source files for pack " + pack.id()));
            whyNot.probePacks.put(pack.id(), compiler.compile(whyNot.probeFiles(files, pack)));
        }
        return whyNot;
    }

    /** The request's decision in {@code jurisdiction}, from the same engine the explanation uses; empty when not asked. */
    public Optional<JurisdictionDecision> decide(DecisionRequest request, String jurisdiction) {
        return engine.decide(request).jurisdictions().stream().filter(j -> j.jurisdiction().equals(jurisdiction)).findFirst();
    }

    /** The rules of the packs answering in {@code jurisdiction} that did not fire there, nearest to firing first. */
    public List<RuleMiss> explain(DecisionRequest request, String jurisdiction) {
        List<Finding> findings = decide(request, jurisdiction).map(JurisdictionDecision::findings).orElse(List.of());
        return misses(request, jurisdiction, findings);
    }

    /** As {@link #explain(DecisionRequest, String)}, for a decision {@link #decide} already gave: it is not made again. */
    public List<RuleMiss> explain(DecisionRequest request, JurisdictionDecision decided) {
        return misses(request, decided.jurisdiction(), decided.findings());
    }

    private List<RuleMiss> misses(DecisionRequest request, String jurisdiction, List<Finding> findings) {
        Jurisdiction asked = Jurisdiction.find(jurisdiction)
                .orElseThrow(() -> new IllegalArgumentException("unknown jurisdiction " + jurisdiction));
        Set<String> fired = new HashSet<>();
        findings.stream().map(Finding::ruleId).forEach(fired::add);
        List<RuleMiss> misses = new ArrayList<>();
        for (CompiledPack pack : snapshot.inForceOn(request.asOf())) {
            if (!pack.decides(request.subject())) {
                continue;
            }
            String code = pack.covers(asked) ? asked.code() : asked.parent().filter(pack::covers).orElse(null);
            if (code == null) {
                continue;
            }
            Set<String> probesFired = runProbes(pack, request, code);
            pack.rules().values().stream().filter(rule -> !fired.contains(rule.ruleId()))
                    .forEach(rule -> misses.add(miss(pack, rule, probesFired)));
        }
        misses.sort(Comparator.comparingInt((RuleMiss m) -> m.conditionCount() - m.conditionsMet())
                .thenComparing(RuleMiss::ruleId));
        return misses;
    }

    /** Disposes the sessions its engine opened. */
    @Override
    public void close() {
        engine.close();
    }

    private RuleMiss miss(CompiledPack pack, RuleInfo rule, Set<String> probesFired) {
        List<RuleConditions.Condition> when = conditions.get(rule.ruleId()).conditions();
        for (int k = 0; k < when.size(); k++) {
            RuleConditions.Condition condition = when.get(k);
            if (probesFired.contains(probeName(rule.ruleId(), k, condition.constraints().size()))) {
                continue;
            }
            String failed = condition.text();
            for (int j = 0; condition.splittable() && j <= condition.constraints().size(); j++) {
                if (!probesFired.contains(probeName(rule.ruleId(), k, j))) {
                    failed = j == 0 ? condition.type() + "()" : condition.constraints().get(j - 1);
                    break;
                }
            }
            return new RuleMiss(rule.ruleId(), pack.label(), rule.verdict(), failed, condition.text(), k, when.size(),
                    rule.file(), rule.line());
        }
        throw new IllegalStateException("every condition of " + rule.ruleId() + " holds, yet it did not fire");
    }

    private Set<String> runProbes(CompiledPack pack, DecisionRequest request, String code) {
        CompiledPack probes = probePacks.get(pack.id());
        KieSession session = probes.kieBase().newKieSession();
        Set<String> fired = new HashSet<>();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
            session.insert(request.subject());
            session.insert(new Query(code, request.asOf()));
            if (request.subject() instanceof EventContract contract && snapshot.classifier() != null) {
                Classification classification = snapshot.classifier().classify(contract);
                session.insert(classification);
                classification.hits().forEach(session::insert);
            }
            if (request.subject() instanceof BusinessName name) {
                pack.screen(name).forEach(session::insert);
            }
            probes.tableRows().stream().filter(row -> row.inForceOn(request.asOf())).map(TableRow::fact)
                    .forEach(session::insert);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return fired;
    }

    /** The pack's files with every rule replaced by its probes; declarations, functions and tables stay. */
    private PackFiles probeFiles(PackFiles files, CompiledPack pack) {
        Map<String, byte[]> probeFiles = new HashMap<>(files.files());
        for (String name : pack.manifest().rules()) {
            DrlSource source = DrlSource.parse(files.path(name), files.text(name));
            String text = files.text(name);
            StringBuilder probes = new StringBuilder();
            for (DrlSource.RuleText rule : source.rules()) {
                text = text.replace(rule.text(), "\n");
                RuleConditions parsed = RuleConditions.parse(rule.text());
                conditions.put(rule.name(), parsed);
                appendProbes(probes, rule.name(), parsed.conditions());
            }
            probeFiles.put(name, (text + probes).getBytes(StandardCharsets.UTF_8));
        }
        return new PackFiles(files.folder(), probeFiles);
    }

    private static void appendProbes(StringBuilder out, String ruleId, List<RuleConditions.Condition> when) {
        for (int k = 0; k < when.size(); k++) {
            RuleConditions.Condition condition = when.get(k);
            List<String> before = when.subList(0, k).stream().map(RuleConditions.Condition::text).toList();
            if (condition.splittable()) {
                for (int j = 0; j <= condition.constraints().size(); j++) {
                    appendProbe(out, probeName(ruleId, k, j), before, condition.withConstraints(j));
                }
            } else {
                appendProbe(out, probeName(ruleId, k, 0), before, condition.text());
            }
        }
    }

    private static void appendProbe(StringBuilder out, String name, List<String> before, String last) {
        out.append("\nrule \"").append(name).append("\"\n")
                .append("    @verdict(\"REVIEW\") @reason(\"why-not probe\") @instrument(\"why-not probe\") @article(\"-\")\n")
                .append("when\n");
        before.forEach(c -> out.append("    ").append(c).append('\n'));
        out.append("    ").append(last).append("\nthen\nend\n");
    }

    private static String probeName(String ruleId, int condition, int constraints) {
        return PROBE + ruleId + "|" + condition + "|" + constraints;
    }
}
