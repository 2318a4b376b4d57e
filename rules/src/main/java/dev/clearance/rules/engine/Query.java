package dev.clearance.rules.engine;

import java.time.LocalDate;

/**
 * The fact that asks a pack's rules to decide for one jurisdiction on one date. A rule that
 * fires must match exactly one Query: that is the jurisdiction its finding belongs to.
 */
public record Query(String jurisdiction, LocalDate asOf) {
}
