package dev.clearance.rules.engine;

import dev.clearance.rules.model.Finding;
import dev.clearance.rules.model.FiredRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What every pack's rules concluded during one decision: findings by layer, the layers decided, the explanation. */
final class DecisionFindings {

    private final Map<String, List<Finding>> byLayer = new HashMap<>();
    private final Set<String> decided = new HashSet<>();
    private final List<FiredRule> fired = new ArrayList<>();

    void add(FiredRule firing, Finding finding, boolean decides) {
        byLayer.computeIfAbsent(firing.jurisdiction(), j -> new ArrayList<>(4)).add(finding);
        fired.add(firing);
        if (decides) {
            decided.add(firing.jurisdiction());
        }
    }

    List<Finding> of(String layer) {
        return byLayer.getOrDefault(layer, List.of());
    }

    /** True when a rule that is not a rider fired for the layer. */
    boolean decided(String layer) {
        return decided.contains(layer);
    }

    List<FiredRule> fired() {
        return fired;
    }
}
