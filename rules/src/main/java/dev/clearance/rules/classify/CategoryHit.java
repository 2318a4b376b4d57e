package dev.clearance.rules.classify;

import dev.clearance.rules.model.Evidence;
import dev.clearance.rules.model.EvidenceSource;
import dev.clearance.rules.model.FactLabel;
import java.util.List;

/**
 * One category the text of a contract gives evidence for. Inserted into the rule session as a
 * fact, so rules can react to a category even when it is not the primary one.
 *
 * @param category   category identifier from the vocabulary
 * @param confidence this category's share of all the evidence found, between 0 and 1
 * @param evidence   the spans of the contract's fields that matched, in reading order
 */
public record CategoryHit(String category, double confidence, List<Evidence> evidence) implements EvidenceSource, FactLabel {

    public CategoryHit {
        evidence = List.copyOf(evidence);
    }

    @Override
    public String factLabel() {
        return "category " + category;
    }
}
