package dev.clearance.rules.engine;

import dev.clearance.rules.model.Finding;
import dev.clearance.rules.model.FiredRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every pack's rules concluded during one decision, by layer: whether an applicable pack
 * answers for the layer, its findings, whether a rule that decides (not only a rider) fired for
 * it; and the explanation.
 */
final class DecisionFindings {

    private final Map<String, Layer> byLayer;
    private final List<FiredRule> fired;

    /** Sized for the request, so a decision for every jurisdiction does not grow its tables as rules fire. */
    DecisionFindings(int jurisdictionsRequested) {
        int layers = jurisdictionsRequested + 1; // the federal layer above the states
        byLayer = new HashMap<>(layers * 4 / 3 + 1);
        fired = new ArrayList<>(2 * layers);
    }

    /** Records that an applicable pack answers for these layers, before its rules run. */
    void cover(List<String> layers) {
        for (String layer : layers) {
            layer(layer).covered = true;
        }
    }

    void add(FiredRule firing, Finding finding, boolean decides) {
        Layer layer = layer(firing.jurisdiction());
        layer.findings.add(finding);
        layer.decided |= decides;
        fired.add(firing);
    }

    /** The layer's outcome; a layer no pack answers for and no rule fired for reads as uncovered and empty. */
    Layer of(String layer) {
        Layer found = byLayer.get(layer);
        return found == null ? Layer.NOTHING : found;
    }

    List<FiredRule> fired() {
        return fired;
    }

    private Layer layer(String code) {
        return byLayer.computeIfAbsent(code, c -> new Layer(new ArrayList<>(4)));
    }

    /** What the packs concluded for one layer. */
    static final class Layer {
        private static final Layer NOTHING = new Layer(List.of());

        private final List<Finding> findings;
        private boolean covered;
        private boolean decided;

        private Layer(List<Finding> findings) {
            this.findings = findings;
        }

        /** True when an applicable pack answers for the layer. */
        boolean covered() {
            return covered;
        }

        /** True when a rule that is not a rider fired for the layer. */
        boolean decided() {
            return decided;
        }

        /** The layer's findings so far; read them, never change them (the decision copies them into its answer). */
        List<Finding> findings() {
            return findings;
        }
    }
}
