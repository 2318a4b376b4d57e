package dev.clearance.rules.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvasionSuiteTest {

    private final List<EvasionSuite.Variant> variants = EvasionSuite.generate(FixtureTerms.entries());

    @Test
    void theSuiteHasAtLeastFiveHundredVariants() {
        assertThat(variants).hasSizeGreaterThanOrEqualTo(500);
    }

    @Test
    void everyDisguisedTermIsCaughtWithinItsSpan() {
        EvasionSuite.Result result = EvasionSuite.run(FixtureTerms.matcher(), variants);

        assertThat(result.missed()).isEmpty();
    }
}
