package dev.clearance.rules.engine;

import dev.clearance.rules.classify.Classification;
import dev.clearance.rules.model.BusinessName;
import dev.clearance.rules.model.DecisionRequest;
import dev.clearance.rules.model.EventContract;
import dev.clearance.rules.model.Subject;
import dev.clearance.rules.pack.CompiledPack;
import dev.clearance.rules.pack.PackSnapshot;
import dev.clearance.rules.pack.TableRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.StatelessKieSession;

/**
 * What evaluation needs from one snapshot, prepared once: a stateless session per pack (with
 * the {@code out} global bound) and, per pack, the table rows indexed by fact for citations.
 */
record EvaluationState(PackSnapshot snapshot, Map<String, StatelessKieSession> sessions,
        Map<String, Map<Object, TableRow>> rowsByFact) {

    static EvaluationState of(PackSnapshot snapshot) {
        Map<String, StatelessKieSession> sessions = new HashMap<>();
        Map<String, Map<Object, TableRow>> rows = new HashMap<>();
        for (CompiledPack pack : snapshot.packs()) {
            StatelessKieSession session = pack.kieBase().newStatelessKieSession();
            session.setGlobal("out", RuleOutput.INSTANCE);
            sessions.put(pack.id(), session);
            Map<Object, TableRow> byFact = new IdentityHashMap<>();
            pack.tableRows().forEach(row -> byFact.put(row.fact(), row));
            rows.put(pack.id(), Collections.unmodifiableMap(byFact));
        }
        return new EvaluationState(snapshot, Map.copyOf(sessions), Map.copyOf(rows));
    }

    /** Facts derived from the subject that every pack sees: the subject and, for a contract, its categories. */
    List<Object> subjectFacts(Subject subject) {
        if (!(subject instanceof EventContract contract) || snapshot.classifier() == null) {
            return List.of(subject);
        }
        Classification classification = snapshot.classifier().classify(contract);
        List<Object> facts = new ArrayList<>(classification.hits().size() + 2);
        facts.add(subject);
        facts.add(classification);
        facts.addAll(classification.hits());
        return facts;
    }

    FindingCollector evaluate(CompiledPack pack, List<Object> subjectFacts, List<Query> queries, DecisionRequest request) {
        List<Object> facts = new ArrayList<>(subjectFacts.size() + queries.size() + pack.tableRows().size());
        facts.addAll(subjectFacts);
        facts.addAll(queries);
        if (request.subject() instanceof BusinessName name) {
            facts.addAll(pack.screen(name));
        }
        for (TableRow row : pack.tableRows()) {
            if (row.inForceOn(request.asOf())) {
                facts.add(row.fact());
            }
        }
        FindingCollector collector = new FindingCollector(pack, rowsByFact.get(pack.id()));
        RuleOutput.runWith(collector, () -> sessions.get(pack.id()).execute(facts));
        return collector;
    }
}
