package dev.clearance.rules.matching;

import dev.clearance.rules.model.Jurisdiction;

import java.util.Objects;

/**
 * A trading account as the gate sees it.
 *
 * @param id                    the account id, unique on the exchange
 * @param beneficialOwner       the person or entity that owns the account: self-trade prevention compares these
 * @param affiliateGroup        accounts under common control: position limits are summed over a group
 * @param jurisdiction          the ISO 3166 code of the participant's jurisdiction ({@code US-NJ}, {@code CN})
 * @param ageYears              the participant's age in whole years
 * @param ageVerified           whether the age was verified (a listing's minimum age needs a verified age)
 * @param affiliatedMarketMaker a market maker affiliated with the venue: its trades are labelled
 * @param selfTradeMode         the default for orders that name no mode
 */
public record Participant(String id, String beneficialOwner, String affiliateGroup, String jurisdiction,
                          int ageYears, boolean ageVerified, boolean affiliatedMarketMaker,
                          SelfTradeMode selfTradeMode) {

    public Participant {
        requireText(id, "id");
        requireText(beneficialOwner, "beneficialOwner");
        requireText(affiliateGroup, "affiliateGroup");
        requireText(jurisdiction, "jurisdiction");
        if (Jurisdiction.find(jurisdiction).isEmpty()) {
            throw new IllegalArgumentException("participant `" + id + "`: unknown jurisdiction `" + jurisdiction
                + "`; use an ISO 3166 code such as US-NJ or CN");
        }
        if (ageYears < 0) {
            throw new IllegalArgumentException("participant `" + id + "`: ageYears must not be negative, was " + ageYears);
        }
        Objects.requireNonNull(selfTradeMode, "participant `" + id + "`: selfTradeMode is required");
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("participant " + field + " is required and must not be blank");
        }
    }
}
