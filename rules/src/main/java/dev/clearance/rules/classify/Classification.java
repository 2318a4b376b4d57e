package dev.clearance.rules.classify;

import dev.clearance.rules.model.FactLabel;
import java.util.List;

/**
 * What the classifier concluded about an event contract.
 *
 * @param status     how sure the conclusion is
 * @param primary    the strongest category, or the declared category when the text says nothing;
 *                   {@code null} when {@code status} is {@link Status#UNKNOWN}
 * @param confidence the primary category's share of the evidence, 0 when no text matched
 * @param hits       every category found, strongest first; rules may act on any of them
 */
public record Classification(Status status, String primary, double confidence, List<CategoryHit> hits)
        implements FactLabel {

    public Classification {
        hits = List.copyOf(hits);
    }

    @Override
    public String factLabel() {
        return primary == null ? "classification " + status : "classification " + status + " " + primary;
    }

    /** How sure the classifier is about {@link #primary()}. */
    public enum Status {
        /** One category clearly leads. */
        CLEAR,
        /** Two categories are close, or only the submitter's declared category points anywhere. */
        AMBIGUOUS,
        /** No phrase of the vocabulary matched and nothing was declared. */
        UNKNOWN
    }
}
