package dev.clearance.rules.matching;

/**
 * A participant's holdings in one contract.
 *
 * @param yes        YES contracts held
 * @param no         NO contracts held
 * @param cashCents  net cash in cents: negative when the participant has paid in more than received
 */
public record Position(long yes, long no, long cashCents) {
}
