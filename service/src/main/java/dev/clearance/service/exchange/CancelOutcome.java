package dev.clearance.service.exchange;

import dev.clearance.rules.matching.ReasonCode;

/**
 * What became of a cancel request: {@code CANCELLED_BY_PARTICIPANT} when the order left the book,
 * otherwise why it could not (unknown or no longer resting order, not the owner's).
 */
record CancelOutcome(long orderId, boolean cancelled, ReasonCode outcome, int code, String message) {

    static CancelOutcome of(long orderId, ReasonCode outcome, String message) {
        return new CancelOutcome(orderId, outcome == ReasonCode.CANCELLED_BY_PARTICIPANT, outcome, outcome.code(),
                message);
    }
}
