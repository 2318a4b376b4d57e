package dev.clearance.rules.screen;

import java.time.Duration;

/**
 * The outcome of a bulk screen. {@code rows = prohibited + review + clear + badRows}.
 *
 * @param rows       data rows read (the header not counted)
 * @param prohibited rows with a listed term
 * @param review     rows with a related term only
 * @param clear      rows with no term
 * @param badRows    rows reported as bad and left out of the output
 * @param elapsed    wall time of the run
 */
public record ScreenSummary(long rows, long prohibited, long review, long clear, long badRows, Duration elapsed) {

    /** Rows per second over the whole run. */
    public double rowsPerSecond() {
        return rows / Math.max(1e-9, elapsed.toNanos() / 1e9);
    }
}
