package dev.clearance.rules.coverage;

import static dev.clearance.rules.pack.TestPacks.federal;
import static dev.clearance.rules.pack.TestPacks.states;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.clearance.rules.cases.CaseFile;
import dev.clearance.rules.cases.CaseRunner;
import dev.clearance.rules.pack.LivePacks;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageReportTest {

    private static final String ROWS = """
            code,enforcing,effectiveFrom,effectiveTo,instrument,article
            US-NV,true,2020-01-01,,Nevada Revised Statutes,NRS 463.0193
            US-NJ,true,2020-01-01,,N.J. Stat. 5:12A,10
            """;
    private static final String CASES = """
            cases:
              - name: A listed sports contract is prohibited in Nevada, which enforces its gaming law
                asOf: 2026-11-21
                subject: { kind: EVENT_CONTRACT, title: "Will the Chiefs win?", venue: { name: Example, registration: DCM } }
                jurisdictions: [US-NV]
                expect: { US-NV: PROHIBITED }
            """;

    private static CoverageReport report() {
        LivePacks packs = new LivePacks(List.of(federal(), states(ROWS)));
        CaseRunner runner = new CaseRunner(packs);
        return CoverageReport.of(packs.current(),
                runner.run(List.of(CaseFile.read("sports.yaml", CASES.getBytes(StandardCharsets.UTF_8)))));
    }

    @Test
    void aRuleIsCoveredByTheCasesThatFiredIt() {
        assertThat(report().rules()).filteredOn(r -> r.id().equals("ST-ENFORCED")).singleElement()
                .satisfies(r -> assertThat(r.cases()).containsExactly(
                        "A listed sports contract is prohibited in Nevada, which enforces its gaming law"));
    }

    @Test
    void anArticleGathersTheRulesAndRowsThatCiteIt() {
        assertThat(report().articles()).extracting(CoverageReport.Item::id, CoverageReport.Item::exercised)
                .containsExactly(
                        tuple("17 CFR 40.11, (a)(1)", false),
                        tuple("CEA, 5c", true),
                        tuple("N.J. Stat. 5:12A, 10", false),
                        tuple("Nevada Revised Statutes, NRS 463.0193", true));
    }

    @Test
    void theSummaryCountsRulesRowsAndArticles() {
        assertThat(report().summary()).isEqualTo("coverage over 1 cases: rules 2 of 4 (50.0%), table rows 1 of 2 "
                + "(50.0%), cited articles 2 of 4 (50.0%)");
    }

    @Test
    void percentagesAreRoundedDownSoOnlyAllOfThemReadsAHundred() {
        Ratio almost = new Ratio(999, 1000);

        assertThat(new Ratio(1999, 2000).percent()).isEqualByComparingTo("99.9");
        assertThat(new Ratio(19999, 20000).percent()).isEqualByComparingTo("99.9");
        assertThat(almost.meets(new BigDecimal("100"))).isFalse();
        assertThat(almost.meets(new BigDecimal("99.9"))).isTrue();
        assertThat(new Ratio(1000, 1000).meets(new BigDecimal("100"))).isTrue();
    }

    @Test
    void theHtmlPageIsSelfContainedAndEscapesWhatItQuotes() {
        String html = CoverageHtml.render(report(), "Coverage <draft>");

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>Coverage &lt;draft&gt;</title>",
                "<tr class=\"missing\">", "ST-ENFORCED").doesNotContain("<script", "<link", "src=");
    }
}
