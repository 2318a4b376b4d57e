package dev.clearance.service.exchange;

import dev.clearance.rules.matching.EligibilityStatus;
import dev.clearance.rules.matching.JurisdictionEligibility;
import dev.clearance.rules.model.Finding;
import dev.clearance.rules.model.JurisdictionDecision;
import dev.clearance.rules.model.Verdict;
import java.util.List;
import java.util.Objects;

/**
 * A listing's standing in one jurisdiction, derived from the engine's decision there. ALLOWED and
 * CONDITIONAL make the contract tradable ({@code ELIGIBLE}) under the findings' conditions;
 * REVIEW suspends it ({@code HALTED}) until a person or a new pack set decides; PROHIBITED makes
 * it {@code INELIGIBLE}. The minimum age is the highest {@code minimumAge} any finding states
 * (the packs' {@code @minimumAge} rule metadata), 0 when none does.
 *
 * @param conditions every condition the findings attach, in order, without repeats
 * @param rules      the ids of every rule that fired for the jurisdiction, sorted
 * @param reasons    {@code ruleId: reason} of the findings that carry the jurisdiction's verdict
 */
public record JurisdictionStanding(String jurisdiction, Verdict verdict, EligibilityStatus status, int minimumAge,
        List<String> conditions, List<String> rules, List<String> reasons) {

    public JurisdictionStanding {
        conditions = List.copyOf(conditions);
        rules = List.copyOf(rules);
        reasons = List.copyOf(reasons);
    }

    static JurisdictionStanding of(JurisdictionDecision decision) {
        List<Finding> findings = decision.findings();
        return new JurisdictionStanding(decision.jurisdiction(), decision.verdict(), statusOf(decision.verdict()),
                findings.stream().map(Finding::minimumAge).filter(Objects::nonNull).max(Integer::compare).orElse(0),
                findings.stream().flatMap(f -> f.conditions().stream()).distinct().toList(),
                findings.stream().map(Finding::ruleId).distinct().sorted().toList(),
                findings.stream().filter(f -> f.verdict() == decision.verdict())
                        .map(f -> f.ruleId() + ": " + f.reason()).distinct().toList());
    }

    private static EligibilityStatus statusOf(Verdict verdict) {
        return switch (verdict) {
            case ALLOWED, CONDITIONAL -> EligibilityStatus.ELIGIBLE;
            case REVIEW -> EligibilityStatus.HALTED;
            case PROHIBITED -> EligibilityStatus.INELIGIBLE;
        };
    }

    boolean tradable() {
        return status == EligibilityStatus.ELIGIBLE;
    }

    JurisdictionEligibility toCore() {
        return new JurisdictionEligibility(status, minimumAge);
    }
}
