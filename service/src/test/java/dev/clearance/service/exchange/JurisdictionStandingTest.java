package dev.clearance.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.rules.matching.EligibilityStatus;
import dev.clearance.rules.model.Citation;
import dev.clearance.rules.model.Finding;
import dev.clearance.rules.model.JurisdictionDecision;
import dev.clearance.rules.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a jurisdiction's decision becomes a listing's eligibility there. */
class JurisdictionStandingTest {

    private static final Citation LAW = new Citation("State sports-wagering law", "minimum wagering age");

    private static Finding finding(String ruleId, Verdict verdict, List<String> conditions, Integer minimumAge) {
        return new Finding(ruleId, "us-states@test", verdict, "Because of " + ruleId + ".", null, LAW, conditions,
                List.of(), minimumAge);
    }

    @Test
    void aConditionalVerdictIsTradableUnderTheConditionsAndTheHighestStatedAge() {
        JurisdictionStanding standing = JurisdictionStanding.of(new JurisdictionDecision("US-NJ", Verdict.CONDITIONAL,
                List.of(finding("FED-LISTED", Verdict.CONDITIONAL, List.of("Trade only on the DCM"), null),
                        finding("AGE-18", Verdict.CONDITIONAL, List.of("Participants must be 18 or older"), 18),
                        finding("AGE-21", Verdict.CONDITIONAL, List.of("Participants must be 21 or older"), 21))));

        assertThat(standing.status()).isEqualTo(EligibilityStatus.ELIGIBLE);
        assertThat(standing.minimumAge()).isEqualTo(21);
        assertThat(standing.conditions()).containsExactly("Trade only on the DCM", "Participants must be 18 or older",
                "Participants must be 21 or older");
    }

    @Test
    void aReviewVerdictHaltsTradingUntilAPersonDecides() {
        JurisdictionStanding standing = JurisdictionStanding.of(new JurisdictionDecision("US-CO", Verdict.REVIEW,
                List.of(finding("STATE-OBJECTS", Verdict.REVIEW, List.of(), null))));

        assertThat(standing.status()).isEqualTo(EligibilityStatus.HALTED);
    }

    @Test
    void aProhibitedVerdictIsIneligibleAndGivesTheProhibitingReasonsOnly() {
        JurisdictionStanding standing = JurisdictionStanding.of(new JurisdictionDecision("US-NV", Verdict.PROHIBITED,
                List.of(finding("FED-LISTED", Verdict.CONDITIONAL, List.of("Trade only on the DCM"), null),
                        finding("SPORTS-ENFORCED", Verdict.PROHIBITED, List.of(), null))));

        assertThat(standing.status()).isEqualTo(EligibilityStatus.INELIGIBLE);
        assertThat(standing.reasons()).containsExactly("SPORTS-ENFORCED: Because of SPORTS-ENFORCED.");
        assertThat(standing.rules()).containsExactly("FED-LISTED", "SPORTS-ENFORCED");
    }
}
