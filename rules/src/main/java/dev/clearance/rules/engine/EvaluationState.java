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
import java.util.concurrent.atomic.LongAdder;

/**
 * What evaluation needs from one snapshot, prepared once: the warm sessions of each pack, per
 * pack the table rows indexed by fact for citations, and the layers each pack answers for.
 */
record EvaluationState(PackSnapshot snapshot, Map<String, WarmSessions> sessions,
        Map<String, Map<Object, TableRow>> rowsByFact, LayerPlans layerPlans) {

    static EvaluationState of(PackSnapshot snapshot, int warmSessionsPerKey, LongAdder sessionsOpened) {
        Map<String, WarmSessions> sessions = new HashMap<>();
        Map<String, Map<Object, TableRow>> rows = new HashMap<>();
        for (CompiledPack pack : snapshot.packs()) {
            sessions.put(pack.id(), new WarmSessions(pack, warmSessionsPerKey, sessionsOpened));
            Map<Object, TableRow> byFact = new IdentityHashMap<>();
            pack.tableRows().forEach(row -> byFact.put(row.fact(), row));
            rows.put(pack.id(), Collections.unmodifiableMap(byFact));
        }
        return new EvaluationState(snapshot, Map.copyOf(sessions), Map.copyOf(rows), new LayerPlans(snapshot.packs()));
    }

    /** Opens, in each pack's pools, sessions for the dates and jurisdiction sets the same pack has warm in {@code live}. */
    void openSessionsLike(EvaluationState live) {
        sessions.forEach((packId, warm) -> {
            WarmSessions before = live.sessions().get(packId);
            if (before != null) {
                warm.openLike(before);
            }
        });
    }

    /** Disposes every idle session; a session still lent out is disposed when it is given back. */
    void close() {
        sessions.values().forEach(WarmSessions::close);
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

    /** Runs one pack for the jurisdictions {@code codes} it answers for in this request. */
    void evaluate(CompiledPack pack, List<Object> subjectFacts, List<String> codes, DecisionRequest request,
            DecisionFindings findings) {
        List<Object> facts = subjectFacts;
        if (request.subject() instanceof BusinessName name) {
            facts = new ArrayList<>(subjectFacts);
            facts.addAll(pack.screen(name));
        }
        FindingCollector collector = new FindingCollector(pack, rowsByFact.get(pack.id()), findings);
        sessions.get(pack.id()).evaluate(request.asOf(), codes, facts, collector);
    }
}
