package dev.clearance.rules.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many of a total are exercised. The percentage is rounded down, never up, so 999 of 1000
 * reads 99.9% and only all of them reads 100%; the gate compares exact fractions.
 */
public record Ratio(int covered, int total) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The percentage rounded down to one decimal; 100.0 when there is nothing to cover. */
    public BigDecimal percent() {
        if (total == 0) {
            return HUNDRED.setScale(1);
        }
        return BigDecimal.valueOf(covered).multiply(HUNDRED).divide(BigDecimal.valueOf(total), 1, RoundingMode.DOWN);
    }

    /** True when covered / total is at least {@code minimumPercent} / 100, compared exactly. */
    public boolean meets(BigDecimal minimumPercent) {
        return BigDecimal.valueOf(covered).multiply(HUNDRED)
                .compareTo(minimumPercent.multiply(BigDecimal.valueOf(total))) >= 0;
    }

    @Override
    public String toString() {
        return covered + " of " + total + " (" + percent().toPlainString() + "%)";
    }
}
