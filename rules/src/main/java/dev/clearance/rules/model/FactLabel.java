package dev.clearance.rules.model;

/**
 * A fact that names itself in explanations. Explanations are built for every rule that fires,
 * so the label must be cheap: a few words, no formatting of numbers or nested lists.
 */
public interface FactLabel {
    String factLabel();
}
