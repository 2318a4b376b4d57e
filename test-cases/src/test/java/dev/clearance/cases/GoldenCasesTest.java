package dev.clearance.cases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.rules.cases.CaseFile;
import dev.clearance.rules.cases.CaseReport;
import dev.clearance.rules.cases.CaseResult;
import dev.clearance.rules.cases.CaseRunner;
import dev.clearance.rules.pack.LivePacks;
import dev.clearance.rules.pack.PackSources;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every golden case passes against the packs in the repository, and every rule is exercised. */
class GoldenCasesTest {

    private static final Path PACKS = Path.of("..", "jurisdictions");
    private static final Path CASES = Path.of("cases");
    private static CaseReport report;

    @BeforeAll
    static void runAllCases() {
        LivePacks packs = new LivePacks(PackSources.fromDirectory(PACKS));
        CaseRunner runner = new CaseRunner(packs);
        List<CaseFile> files = CaseFile.readAll(CASES);
        report = runner.run(files);
        System.out.print(report.toText());
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenCasePasses() {
        return report.results().stream().map(result -> DynamicTest.dynamicTest(
                result.file() + ": " + result.name(), () -> assertPassed(result)));
    }

    private static void assertPassed(CaseResult result) {
        assertThat(result.failures()).as(result.name()).isEmpty();
    }

    @Test
    void everyRuleInEveryPackIsExercisedByACase() {
        assertThat(report.unexercisedRules()).as("rules that no golden case exercises").isEmpty();
    }
}
