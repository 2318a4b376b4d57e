package dev.clearance.rules.engine;

import org.kie.api.runtime.rule.RuleContext;

/**
 * The global {@code out} that every rule consequence calls. Drools shares a knowledge base's
 * globals across threads, so this routes each call to the collector of the decision running on
 * the calling thread; the collector does the work.
 */
public final class RuleOutput {

    static final RuleOutput INSTANCE = new RuleOutput();
    private static final ThreadLocal<FindingCollector> ACTIVE = new ThreadLocal<>();

    private RuleOutput() {
    }

    /** Records the firing rule's finding, as its metadata describes it. */
    public void fire(RuleContext context) {
        collector().fire(context, null);
    }

    /** Records the finding and adds {@code detail} to the rule's reason (e.g. a value from a table row). */
    public void fire(RuleContext context, String detail) {
        collector().fire(context, detail);
    }

    private static FindingCollector collector() {
        FindingCollector collector = ACTIVE.get();
        if (collector == null) {
            throw new IllegalStateException("a rule fired outside a decision");
        }
        return collector;
    }

    static void runWith(FindingCollector collector, Runnable evaluation) {
        ACTIVE.set(collector);
        try {
            evaluation.run();
        } finally {
            ACTIVE.remove();
        }
    }
}
