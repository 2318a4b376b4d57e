package dev.clearance.service.exchange;

import dev.clearance.rules.model.Subject;
import java.time.Instant;
import java.util.List;

/**
 * A listed event contract as {@code GET /api/v1/listings/{id}} shows it.
 *
 * @param decisionId   the latest decision behind the eligibility (in the audit log, under /api/v1/decisions)
 * @param snapshotHash the pack snapshot that made that decision
 * @param eligibility  the standing in every jurisdiction
 * @param events       the listing's history, oldest first
 */
public record Listing(String id, Instant listedAt, String listedBy, Subject subject, String decisionId,
        String snapshotHash, List<JurisdictionStanding> eligibility, List<ListingEvent> events) {

    public Listing {
        eligibility = List.copyOf(eligibility);
        events = List.copyOf(events);
    }
}
