package dev.clearance.rules.engine;

import dev.clearance.rules.model.Jurisdiction;
import dev.clearance.rules.pack.CompiledPack;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The layers each pack of one snapshot answers for, per list of requested jurisdictions. Callers
 * ask about the same few lists again and again (every jurisdiction, one exchange's states), and
 * working the layers out afresh for each decision for every jurisdiction took a tenth of it.
 * Memory stays bounded: past {@value #MAX_LISTS} lists the cache starts again.
 */
final class LayerPlans {

    static final int MAX_LISTS = 64;

    private final List<CompiledPack> packs;
    private final ConcurrentMap<List<Jurisdiction>, Map<CompiledPack, List<String>>> byRequested = new ConcurrentHashMap<>();

    LayerPlans(List<CompiledPack> packs) {
        this.packs = List.copyOf(packs);
    }

    /**
     * For each pack of the snapshot, the layers it answers for in a request for {@code requested}:
     * each requested jurisdiction it covers, or its parent layer; each once, in request order.
     */
    Map<CompiledPack, List<String>> planFor(List<Jurisdiction> requested) {
        Map<CompiledPack, List<String>> plan = byRequested.get(requested);
        if (plan == null) {
            if (byRequested.size() >= MAX_LISTS) {
                byRequested.clear();
            }
            plan = byRequested.computeIfAbsent(requested, this::plan);
        }
        return plan;
    }

    private Map<CompiledPack, List<String>> plan(List<Jurisdiction> requested) {
        Map<CompiledPack, List<String>> plan = new IdentityHashMap<>();
        packs.forEach(pack -> plan.put(pack, answeredBy(pack, requested)));
        return Collections.unmodifiableMap(plan);
    }

    private static List<String> answeredBy(CompiledPack pack, List<Jurisdiction> requested) {
        Set<String> codes = new LinkedHashSet<>();
        for (Jurisdiction jurisdiction : requested) {
            if (pack.covers(jurisdiction)) {
                codes.add(jurisdiction.code());
            }
            jurisdiction.parent().filter(pack::covers).ifPresent(codes::add);
        }
        return List.copyOf(codes);
    }
}
