package dev.clearance.service.exchange;

import dev.clearance.rules.matching.ReasonCode;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Says in words why the matching core answered as it did. Eligibility outcomes name the
 * participant's jurisdiction and the listing's standing there (verdict, reasons, minimum age),
 * read from the listing's latest decision.
 */
@Component
class OrderMessages {

    private final ListingService listings;
    private final ParticipantDirectory participants;

    OrderMessages(ListingService listings, ParticipantDirectory participants) {
        this.listings = listings;
        this.participants = participants;
    }

    String explain(ReasonCode outcome, String listingId, String participantId) {
        return switch (outcome) {
            case ACCEPTED -> "Accepted.";
            case JURISDICTION_NOT_LISTED, JURISDICTION_NOT_ELIGIBLE, JURISDICTION_HALTED, AGE_NOT_VERIFIED,
                    BELOW_MINIMUM_AGE -> eligibility(outcome, listingId, participantId);
            case INVALID_PRICE -> "The price must be 1 to 99 cents.";
            case INVALID_QUANTITY -> "The quantity must be positive.";
            case DUPLICATE_ORDER_ID -> "The order id is already in use.";
            case UNKNOWN_PARTICIPANT -> "Participant `" + participantId + "` is not registered; register it with POST /api/v1/participants.";
            case UNKNOWN_ORDER -> "No such order rests on the book (it may have traded or been cancelled).";
            case NOT_ORDER_OWNER -> "The order belongs to another participant.";
            case ORDER_CAPACITY_EXHAUSTED -> "The market holds as many resting orders as it can; try again later.";
            case INSUFFICIENT_POSITION -> "A sell needs contracts held and not already offered.";
            case KILL_SWITCH_ENGAGED -> "The participant's kill switch is engaged.";
            case MAX_ORDER_SIZE_EXCEEDED -> "The quantity exceeds the venue's maximum order size.";
            case PRICE_OUTSIDE_COLLAR -> "The price reaches beyond the venue's price collar around the reference price.";
            case POSITION_LIMIT_EXCEEDED -> "The order would take the affiliate group past its maximum loss in this contract.";
            case SELF_TRADE_CANCEL_RESTING, SELF_TRADE_CANCEL_TAKING, SELF_TRADE_CANCEL_BOTH ->
                    "Self-trade prevention cancelled orders of the same beneficial owner that would have traded.";
            case CANCELLED_BY_PARTICIPANT -> "Cancelled at the participant's request.";
            case IMMEDIATE_OR_CANCEL_REMAINDER -> "The unfilled remainder of an immediate-or-cancel order was cancelled.";
        };
    }

    private String eligibility(ReasonCode outcome, String listingId, String participantId) {
        String jurisdiction = participants.find(participantId).orElseThrow().jurisdiction();
        Optional<JurisdictionStanding> standing = listings.find(listingId).eligibility().stream()
                .filter(row -> row.jurisdiction().equals(jurisdiction)).findFirst();
        if (standing.isEmpty() || outcome == ReasonCode.JURISDICTION_NOT_LISTED) {
            return "The contract is not listed in " + jurisdiction + ".";
        }
        JurisdictionStanding row = standing.get();
        return switch (outcome) {
            case JURISDICTION_NOT_ELIGIBLE -> "The contract is " + row.verdict() + " in " + jurisdiction + ". "
                    + String.join(" ", row.reasons());
            case JURISDICTION_HALTED -> "Trading is halted in " + jurisdiction + " until a person decides ("
                    + row.verdict() + "). " + String.join(" ", row.reasons());
            case AGE_NOT_VERIFIED -> "The contract needs a verified age of at least " + row.minimumAge() + " in "
                    + jurisdiction + "; the participant's age is not verified.";
            case BELOW_MINIMUM_AGE -> "The participant is younger than " + row.minimumAge() + ", the minimum age for"
                    + " this contract in " + jurisdiction + ".";
            default -> throw new IllegalArgumentException(outcome + " is not an eligibility outcome");
        };
    }
}
