package dev.clearance.rules.matching;

import java.util.List;

/**
 * The effect of a new eligibility table on a market.
 *
 * @param halted          jurisdictions that were eligible and no longer are (halted, ineligible or unlisted)
 * @param reopened        jurisdictions that are eligible again or newly
 * @param cancelledOrders resting orders cancelled because their participants no longer pass
 */
public record EligibilityChange(List<String> halted, List<String> reopened, int cancelledOrders) {

    public EligibilityChange {
        halted = List.copyOf(halted);
        reopened = List.copyOf(reopened);
    }
}
