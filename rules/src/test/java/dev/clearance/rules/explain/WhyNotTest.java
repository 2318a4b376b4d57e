package dev.clearance.rules.explain;

import static dev.clearance.rules.pack.TestPacks.federal;
import static dev.clearance.rules.pack.TestPacks.pack;
import static dev.clearance.rules.pack.TestPacks.sessionsOn;
import static dev.clearance.rules.pack.TestPacks.states;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.clearance.rules.engine.DecisionEngine;
import dev.clearance.rules.model.Citation;
import dev.clearance.rules.model.DecisionRequest;
import dev.clearance.rules.model.EventContract;
import dev.clearance.rules.model.Finding;
import dev.clearance.rules.model.Jurisdiction;
import dev.clearance.rules.model.JurisdictionDecision;
import dev.clearance.rules.model.Product;
import dev.clearance.rules.model.ProductType;
import dev.clearance.rules.model.Venue;
import dev.clearance.rules.model.VenueRegistration;
import dev.clearance.rules.model.Verdict;
import dev.clearance.rules.pack.LivePacks;
import dev.clearance.rules.pack.PackFiles;
import dev.clearance.rules.pack.PackLoader;
import dev.clearance.rules.pack.PackSnapshot;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhyNotTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final String ROWS = """
            code,enforcing,effectiveFrom,effectiveTo,instrument,article
            US-NV,true,2020-01-01,,Nevada Revised Statutes,NRS 463.0193
            US-NJ,false,2020-01-01,,N.J. Stat. 5:12A,10
            """;
    private static final PackFiles CHINA = pack("china",
            "pack.yaml", """
                    id: china
                    title: China test layer
                    version: "1"
                    jurisdictions: [CN]
                    covers: { subjectKinds: [PRODUCT], productTypes: [STABLECOIN_ISSUANCE] }
                    effective: { from: 2020-01-01 }
                    rules: [stablecoins.drl]
                    """,
            "stablecoins.drl", """
                    package packs.china;

                    rule "CN-STABLECOIN-MAINLAND"
                        @verdict("PROHIBITED")
                        @instrument("Yinfa [2026] No. 42") @article("(I)") @articleZh("第（一）条")
                        @reason("Issuing a stablecoin to mainland users is banned.")
                        @reasonZh("面向境内用户发行稳定币，依第（一）条禁止。")
                    when
                        Query( jurisdiction == "CN" )
                        Product( productType == ProductType.STABLECOIN_ISSUANCE,
                                 targetMarkets contains "CN" )   // offered to mainland users
                    then
                        out.fire(kcontext);
                    end

                    rule "CN-STABLECOIN-OFFSHORE"
                        @verdict("CONDITIONAL")
                        @instrument("Yinfa [2026] No. 42") @article("(I)")
                        @reason("Offshore issuance away from mainland users is outside the ban.")
                        @conditions("Offer nothing to mainland users")
                    when
                        Query( jurisdiction == "CN" )
                        Product( productType == ProductType.STABLECOIN_ISSUANCE, targetMarkets not contains "CN" )
                    then
                        out.fire(kcontext);
                    end
                    """);

    private static DecisionRequest contract(String title, String... codes) {
        return new DecisionRequest(new EventContract(title, null, null, new Venue("Example", VenueRegistration.DCM), null),
                Arrays.stream(codes).map(c -> Jurisdiction.find(c).orElseThrow()).toList(), TODAY);
    }

    private static WhyNot whyNot(List<PackFiles> packs) {
        PackSnapshot snapshot = new PackLoader().load(packs);
        return WhyNot.of(packs, snapshot);
    }

    @Test
    void aStateRuleThatDidNotFireNamesTheConstraintTheStateRowFailed() {
        List<RuleMiss> misses = whyNot(List.of(federal(), states(ROWS))).explain(contract("Will the Chiefs win?", "US-NJ"), "US-NJ");

        assertThat(misses).filteredOn(m -> m.ruleId().equals("ST-ENFORCED")).singleElement().satisfies(miss -> {
            assertThat(miss.condition()).isEqualTo("enforcing");
            assertThat(miss.pattern()).isEqualTo("StateRow( code == $j, enforcing )");
            assertThat(miss.conditionsMet()).isEqualTo(2);
        });
    }

    @Test
    void aFederalRuleIsExplainedForAStateThroughItsParentLayer() {
        List<RuleMiss> misses = whyNot(List.of(federal(), states(ROWS))).explain(contract("Will the Chiefs win?", "US-NJ"), "US-NJ");

        assertThat(misses).extracting(RuleMiss::ruleId, RuleMiss::condition)
                .contains(tuple("FED-WAR", "title matches \".*\\\\bwar\\\\b.*\""));
        assertThat(misses).extracting(RuleMiss::ruleId).doesNotContain("FED-LISTED");
    }

    @Test
    void theSentenceQuotesTheRuleInItsOwnWords() {
        List<RuleMiss> misses = whyNot(List.of(CHINA)).explain(new DecisionRequest(
                new Product(ProductType.STABLECOIN_ISSUANCE, null, "HK", null, List.of("HK"), "USD", null, List.of()),
                List.of(Jurisdiction.find("CN").orElseThrow()), TODAY), "CN");

        assertThat(misses).singleElement().extracting(RuleMiss::sentence).isEqualTo(
                "CN-STABLECOIN-MAINLAND (PROHIBITED, china/stablecoins.drl:3) did not fire: `targetMarkets contains \"CN\"` "
                        + "does not hold in `Product( productType == ProductType.STABLECOIN_ISSUANCE, targetMarkets "
                        + "contains \"CN\" )`; 1 of its 2 conditions held before it.");
    }

    @Test
    void aChineseFindingCitesTheArticleInChineseAndGivesTheReasonInChinese() {
        DecisionEngine engine = new DecisionEngine(new LivePacks(List.of(CHINA)));
        Finding finding = engine.decide(new DecisionRequest(
                new Product(ProductType.STABLECOIN_ISSUANCE, null, "CN", null, List.of("CN"), "USD", null, List.of()),
                List.of(Jurisdiction.find("CN").orElseThrow()), TODAY)).jurisdictions().get(0).findings().get(0);

        assertThat(finding.citation()).isEqualTo(new Citation("Yinfa [2026] No. 42", "(I)", "第（一）条"));
        assertThat(finding.reasonZh()).isEqualTo("面向境内用户发行稳定币，依第（一）条禁止。");
    }

    @Test
    void theDecisionItExplainsIsTheEnginesForThatJurisdictionAndNoneForOneNotAsked() {
        try (WhyNot whyNot = whyNot(List.of(federal(), states(ROWS)))) {
            DecisionRequest request = contract("Will the Chiefs win?", "US-NV");

            assertThat(whyNot.decide(request, "US-NV")).get().extracting(JurisdictionDecision::verdict)
                    .isEqualTo(Verdict.PROHIBITED);
            assertThat(whyNot.decide(request, "US-NJ")).isEmpty();
        }
    }

    @Test
    void explainingADecisionAlreadyGivenNamesTheMissesExplainingTheJurisdictionDoes() {
        try (WhyNot whyNot = whyNot(List.of(federal(), states(ROWS)))) {
            DecisionRequest request = contract("Will the Chiefs win?", "US-NV");
            JurisdictionDecision decided = whyNot.decide(request, "US-NV").orElseThrow();

            assertThat(decided.findings()).as("a rule fired, so it must not be named a miss").isNotEmpty();
            assertThat(whyNot.explain(request, decided)).isEqualTo(whyNot.explain(request, "US-NV"));
        }
    }

    @Test
    void closingTheExplainerDisposesTheSessionsItsEngineOpened() {
        List<PackFiles> packs = List.of(federal(), states(ROWS));
        PackSnapshot snapshot = new PackLoader().load(packs);
        WhyNot whyNot = WhyNot.of(packs, snapshot);
        whyNot.explain(contract("Will the Chiefs win?", "US-NJ"), "US-NJ");
        assertThat(sessionsOn(snapshot)).as("sessions while open").isPositive();

        whyNot.close();

        assertThat(sessionsOn(snapshot)).as("sessions on the snapshot's rule bases").isZero();
    }
}
