package dev.clearance.rules.matching;

import dev.clearance.rules.model.Jurisdiction;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A listing's eligibility table, computed by the rule packs when the contract is listed and
 * recomputed when packs change. A jurisdiction missing from the table is not listed there.
 *
 * @param byJurisdiction ISO 3166 code to the row for that jurisdiction
 */
public record Eligibility(Map<String, JurisdictionEligibility> byJurisdiction) {

    public Eligibility {
        Objects.requireNonNull(byJurisdiction, "byJurisdiction is required");
        Map<String, JurisdictionEligibility> checked = new TreeMap<>();
        byJurisdiction.forEach((code, row) -> {
            Jurisdiction jurisdiction = Jurisdiction.find(code).orElseThrow(() -> new IllegalArgumentException(
                "eligibility: unknown jurisdiction `" + code + "`; use an ISO 3166 code such as US-NJ or CN"));
            checked.put(jurisdiction.code(), Objects.requireNonNull(row, "eligibility row for `" + code + "`"));
        });
        byJurisdiction = Map.copyOf(checked);
    }

    /** This table with one jurisdiction's status changed (it must be listed). */
    public Eligibility withStatus(String jurisdiction, EligibilityStatus status) {
        JurisdictionEligibility row = byJurisdiction.get(jurisdiction);
        if (row == null) {
            throw new IllegalArgumentException("jurisdiction `" + jurisdiction + "` is not listed for this contract");
        }
        Map<String, JurisdictionEligibility> changed = new LinkedHashMap<>(byJurisdiction);
        changed.put(jurisdiction, row.withStatus(status));
        return new Eligibility(changed);
    }
}
