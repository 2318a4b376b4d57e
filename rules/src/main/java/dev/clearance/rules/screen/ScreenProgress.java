package dev.clearance.rules.screen;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How far a bulk screen has got.
 *
 * @param rows          data rows read so far (bad rows included)
 * @param bytesRead     input bytes read so far
 * @param totalBytes    the input's size, when the caller knew it
 * @param rowsPerSecond rows per second since the start
 * @param eta           time left, estimated from bytes when the size is known
 */
public record ScreenProgress(long rows, long bytesRead, OptionalLong totalBytes, double rowsPerSecond, Optional<Duration> eta) {

    /** Fraction done in [0, 1], when the size is known. */
    public Optional<Double> fractionDone() {
        return totalBytes.isPresent() && totalBytes.getAsLong() > 0
                ? Optional.of(Math.min(1.0, (double) bytesRead / totalBytes.getAsLong()))
                : Optional.empty();
    }
}
