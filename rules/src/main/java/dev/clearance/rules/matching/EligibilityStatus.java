package dev.clearance.rules.matching;

/** Whether participants of one jurisdiction may trade a contract. */
public enum EligibilityStatus {
    /** Trading allowed (subject to the listing's participant conditions). */
    ELIGIBLE,
    /** Trading suspended: resting orders are cancelled, new ones refused until reopened. */
    HALTED,
    /** The rule packs forbid the contract there. */
    INELIGIBLE
}
