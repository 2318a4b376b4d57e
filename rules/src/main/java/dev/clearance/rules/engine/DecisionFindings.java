package dev.clearance.rules.engine;

import dev.clearance.rules.model.Finding;
import dev.clearance.rules.model.FiredRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What every pack's rules concluded during one decision: findings by layer, the layers decided, the explanation. */
final class DecisionFindings {

    private final Map<String, Layer> byLayer;
    private final List<FiredRule> fired;

    /** Sized for the request, so a decision for every jurisdiction does not grow its tables as rules fire. */
    DecisionFindings(int jurisdictionsRequested) {
        int layers = jurisdictionsRequested + 1; // the federal layer above the states
        byLayer = new HashMap<>(layers * 4 / 3 + 1);
        fired = new ArrayList<>(2 * layers);
    }

    void add(FiredRule firing, Finding finding, boolean decides) {
        Layer layer = byLayer.computeIfAbsent(firing.jurisdiction(), j -> new Layer());
        layer.findings.add(finding);
        layer.decided |= decides;
        fired.add(firing);
    }

    List<Finding> of(String layer) {
        Layer found = byLayer.get(layer);
        return found == null ? List.of() : found.findings;
    }

    /** True when a rule that is not a rider fired for the layer. */
    boolean decided(String layer) {
        Layer found = byLayer.get(layer);
        return found != null && found.decided;
    }

    List<FiredRule> fired() {
        return fired;
    }

    /** One layer's findings, and whether a rule that decides (not only a rider) is among them. */
    private static final class Layer {
        private final List<Finding> findings = new ArrayList<>(4);
        private boolean decided;
    }
}
