package dev.clearance.rules.matching;

import java.util.Objects;

/**
 * One row of a listing's eligibility table.
 *
 * @param status       may participants there trade
 * @param minimumAge   the minimum verified age, 0 when the listing sets none (the value comes from the packs)
 */
public record JurisdictionEligibility(EligibilityStatus status, int minimumAge) {

    public JurisdictionEligibility {
        Objects.requireNonNull(status, "status is required");
        if (minimumAge < 0 || minimumAge > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("minimumAge must be between 0 and 127, was " + minimumAge);
        }
    }

    public static JurisdictionEligibility eligible(int minimumAge) {
        return new JurisdictionEligibility(EligibilityStatus.ELIGIBLE, minimumAge);
    }

    public JurisdictionEligibility withStatus(EligibilityStatus newStatus) {
        return new JurisdictionEligibility(newStatus, minimumAge);
    }
}
