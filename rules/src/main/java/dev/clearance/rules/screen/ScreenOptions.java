package dev.clearance.rules.screen;

import java.time.Duration;

/**
 * How a bulk screen runs.
 *
 * @param threads          worker threads screening batches
 * @param batchRows        rows per batch handed to a worker
 * @param maxLineChars     longer lines are reported as bad rows (and not held in memory)
 * @param progressInterval least time between two progress reports
 */
public record ScreenOptions(int threads, int batchRows, int maxLineChars, Duration progressInterval) {

    public ScreenOptions {
        if (threads < 1 || batchRows < 1 || maxLineChars < 1) {
            throw new IllegalArgumentException("threads, batchRows and maxLineChars must be positive");
        }
    }

    /** One worker per core, batches of 2,048 rows, lines up to 4,096 chars, progress twice a second. */
    public static ScreenOptions defaults() {
        return new ScreenOptions(Runtime.getRuntime().availableProcessors(), 2_048, 4_096, Duration.ofMillis(500));
    }
}
