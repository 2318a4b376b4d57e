package dev.clearance.rules.matching;

import java.util.Optional;

/**
 * A surveillance alert with its evidence; {@code count} and {@code measure} mean what
 * {@link AlertType} says for the type.
 *
 * @param orderId    the order (for a related-account trade: the maker order) that completed the pattern
 * @param timestamp  epoch nanoseconds of the command that raised it
 */
public record Alert(String contractId, AlertType type, String participant, Optional<String> counterparty,
                    long orderId, long count, long measure, long timestamp) {
}
