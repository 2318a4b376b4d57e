package dev.clearance.rules.classify;

/**
 * How the classifier weighs the fields of a contract and when it calls a result ambiguous.
 *
 * <p>These are calibration values of the scoring method, not law: what to do with an
 * ambiguous contract (send it to REVIEW) is decided by the rule packs, and which words count
 * for which category lives in the vocabulary CSV. They are kept here, in one place, because
 * they only mean something together with the scoring code, and {@code ClassifierAccuracy}
 * measures them against the corpus whenever either changes.
 *
 * @param titleFactor       multiplier for phrases found in the title, the field that names the event
 * @param descriptionFactor multiplier for phrases found in the description
 * @param termsFactor       multiplier for phrases found in the terms, which carry boilerplate
 *                          (settlement sources, exchange names) that can mislead
 * @param ambiguityMargin   the lead the strongest category needs over the second, as a fraction
 *                          of the strongest score; below it the result is AMBIGUOUS
 * @param hintBelow         phrases weighted below this are hints: a category found only through
 *                          hints counts when no category has stronger evidence, and is neither
 *                          scored nor reported beside one that has (a country's name says
 *                          "government" only when nothing else in the title says anything)
 */
public record ClassifierSettings(double titleFactor, double descriptionFactor, double termsFactor, double ambiguityMargin,
                                 double hintBelow) {

    /**
     * The calibrated defaults. Title counts fully; the description half as much; terms a
     * quarter. A lead of 25% of the top score separates "a war contract that mentions an
     * election" (CLEAR, both hits reported) from a title that is genuinely split between two
     * categories (AMBIGUOUS). Weights under 1 are hints, as the vocabulary's header says.
     */
    public static final ClassifierSettings DEFAULTS = new ClassifierSettings(1.0, 0.5, 0.25, 0.25, 1.0);

    public ClassifierSettings {
        requireNonNegative("titleFactor", titleFactor);
        requireNonNegative("descriptionFactor", descriptionFactor);
        requireNonNegative("termsFactor", termsFactor);
        requireNonNegative("hintBelow", hintBelow);
        if (!(ambiguityMargin >= 0 && ambiguityMargin < 1)) {
            throw new IllegalArgumentException("ambiguityMargin is " + ambiguityMargin + "; expected a fraction in [0, 1)");
        }
    }

    private static void requireNonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " is " + value + "; expected a finite number of at least 0");
        }
    }
}
