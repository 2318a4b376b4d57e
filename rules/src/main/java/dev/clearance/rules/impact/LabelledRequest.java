package dev.clearance.rules.impact;

import dev.clearance.rules.model.DecisionRequest;

/**
 * A request to decide, with where it came from ({@code golden case}, {@code corpus},
 * {@code audit log}, {@code probe}) and a label a person recognises: the case's sentence, the
 * contract title, the stored decision's id.
 */
public record LabelledRequest(String source, String label, DecisionRequest request) {
}
