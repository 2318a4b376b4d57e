package dev.clearance.rules.io;

import static dev.clearance.rules.pack.TestPacks.federal;
import static dev.clearance.rules.pack.TestPacks.states;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.rules.engine.DecisionEngine;
import dev.clearance.rules.model.Citation;
import dev.clearance.rules.model.Decision;
import dev.clearance.rules.model.DecisionRequest;
import dev.clearance.rules.model.EventContract;
import dev.clearance.rules.model.Evidence;
import dev.clearance.rules.model.Finding;
import dev.clearance.rules.model.Jurisdiction;
import dev.clearance.rules.model.JurisdictionDecision;
import dev.clearance.rules.model.Venue;
import dev.clearance.rules.model.VenueRegistration;
import dev.clearance.rules.model.Verdict;
import dev.clearance.rules.pack.LivePacks;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionWriterTest {

    private static final String STATE_ROWS = """
            code,enforcing,effectiveFrom,effectiveTo,instrument,article,note
            US-NV,true,2025-11-25,,Nevada Revised Statutes,NRS 463.0193,injunction dissolved
            US-NJ,false,2020-01-01,,N.J. Stat. 5:12A,10,court bars enforcement
            """;

    @Test
    void aFederalFindingHeldByEveryStateIsWrittenAsItWouldBeInline() {
        DecisionEngine engine = new DecisionEngine(new LivePacks(List.of(federal(), states(STATE_ROWS))));
        Decision decision = engine.decide(new DecisionRequest(
                new EventContract("Will the Chiefs win?", null, null, new Venue("Example Exchange", VenueRegistration.DCM), null),
                List.of(Jurisdiction.find("US").orElseThrow(), Jurisdiction.find("US-NV").orElseThrow(),
                        Jurisdiction.find("US-NJ").orElseThrow()),
                LocalDate.of(2026, 11, 21)));
        assertThat(SharedFindings.heldMoreThanOnce(decision)).extracting(Finding::ruleId).containsExactly("FED-LISTED");

        assertThat(new String(DecisionWriter.toUtf8(decision), StandardCharsets.UTF_8))
                .isEqualTo(DecisionWriter.toJson(decision, false));
    }

    @Test
    void aSharedFindingWithQuotesAndChineseTextIsCopiedByteForByte() {
        Finding shared = new Finding("CN-ISSUANCE", "cn-pboc-2026-42@1", Verdict.PROHIBITED,
                "Issuing a \"stablecoin\" pegged to the yuan is barred.\nSee the notice.", "禁止发行锚定人民币的稳定币",
                new Citation("Yinfa [2026] No. 42", "Art. 3", "第三条"), List.of("Do not offer it in 中国"),
                List.of(new Evidence("name", "稳定币", 2, 5)), null);
        Finding own = new Finding("US-ONLY", "us-cftc@1", Verdict.ALLOWED, "Listed on a DCM.", null,
                new Citation("17 CFR", "40.2"), List.of(), List.of(), 18);
        Decision decision = new Decision("0192-id", LocalDate.of(2026, 11, 21), Verdict.PROHIBITED, "sha256:ab",
                List.of(new JurisdictionDecision("CN", Verdict.PROHIBITED, List.of(shared)),
                        new JurisdictionDecision("US", Verdict.PROHIBITED, List.of(own, shared))),
                List.of());

        String written = new String(DecisionWriter.toUtf8(decision), StandardCharsets.UTF_8);

        assertThat(SharedFindings.heldMoreThanOnce(decision)).containsExactly(shared);
        assertThat(written).isEqualTo(DecisionWriter.toJson(decision, false));
    }

    @Test
    void copiesPastTheWritersBufferAreTheSameBytesToo() {
        Finding federal = new Finding("US-CFTC-GAMING-UNSETTLED", "us-cftc@1", Verdict.REVIEW,
                "Whether sports contracts are gaming under the CEA is unsettled; a person must decide. ".repeat(4), null,
                new Citation("Commodity Exchange Act", "5c(c)(5)(C)"), List.of("Self-certify under 17 CFR 40.2"),
                List.of(new Evidence("title", "league", 27, 33)), null);
        List<JurisdictionDecision> states = Jurisdiction.all().stream().map(j -> new JurisdictionDecision(j.code(),
                Verdict.REVIEW, List.of(new Finding("ST-" + j.code(), "us-states@1", Verdict.REVIEW, "State " + j.code()
                        + " has not said.", null, new Citation("State law", "n/a"), List.of(), List.of(), 21), federal)))
                .toList();
        Decision decision = new Decision("0193-id", LocalDate.of(2026, 11, 21), Verdict.REVIEW, "sha256:cd", states, List.of());

        byte[] written = DecisionWriter.toUtf8(decision);

        assertThat(written.length).as("several times the generator's 8,000-byte buffer").isGreaterThan(32_000);
        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(DecisionWriter.toJson(decision, false));
    }
}
