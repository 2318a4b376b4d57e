package dev.clearance.service.packs;

import static dev.clearance.rules.pack.TestPacks.sessionsOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.clearance.rules.engine.DecisionEngine;
import dev.clearance.rules.model.Decision;
import dev.clearance.rules.model.DecisionRequest;
import dev.clearance.rules.model.EventContract;
import dev.clearance.rules.model.Jurisdiction;
import dev.clearance.rules.model.Venue;
import dev.clearance.rules.model.VenueRegistration;
import dev.clearance.rules.pack.LivePacks;
import dev.clearance.rules.pack.PackSnapshot;
import dev.clearance.service.ServiceTest;
import dev.clearance.service.security.ApiKeys;
import dev.clearance.service.security.IssuedKey;
import dev.clearance.service.security.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@ServiceTest
class PackAdministrationTest {

    private static final UnaryOperator<String> DROP_WAR_REASON =
            drl -> drl.replace("@reason(\"Contracts on war are barred.\")", "");

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ApiKeys keys;
    @Autowired
    private LivePacks live;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private DraftValidator validator;
    @Autowired
    private DecisionEngine engine;
    private IssuedKey legal;

    @BeforeEach
    void issueLegalKey() {
        legal = keys.create(Role.LEGAL, "pack tests", null);
    }

    private ResultActions upload(String action, byte[] zip) throws Exception {
        return mvc.perform(post("/api/v1/packs/" + action).header("X-API-Key", legal.key())
                .contentType("application/zip").content(zip));
    }

    /** Publishes a draft that must be refused with {@code problem}, and checks the live packs stayed as they were. */
    private void assertPublicationRefused(byte[] draft, String problem) throws Exception {
        String before = live.current().hash();

        upload("publish", draft)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.report.problems[0].code").value(problem));

        assertThat(live.current().hash()).as("the live packs").isEqualTo(before);
    }

    @Test
    void listsTheLivePacksWithVersionDatesCoverageAndHashes() throws Exception {
        mvc.perform(get("/api/v1/packs").header("X-API-Key", legal.key()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.snapshotHash").value(live.current().hash()))
                .andExpect(jsonPath("$.packs[?(@.id == 'fed')].covers.subjectKinds[0]").value("EVENT_CONTRACT"))
                .andExpect(jsonPath("$.packs[?(@.id == 'fed')].effective.from").value("2020-01-01"))
                .andExpect(jsonPath("$.packs[?(@.id == 'cn-names')].contentHash").isNotEmpty());
    }

    @Test
    void validatesADraftThatCompilesAgainstTheGoldenCases() throws Exception {
        upload("validate", PackZips.zip(PackZips.FIXTURE_PACKS))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.problems", hasSize(0)))
                .andExpect(jsonPath("$.cases.passed").value(4))
                .andExpect(jsonPath("$.lint", hasSize(0)));
    }

    @Test
    void reportsLintFindingsWithTheirPlaceWithoutBlockingTheDraft() throws Exception {
        String contradicting = """

                rule "FED-LISTED-FREELY"
                    @verdict("ALLOWED") @instrument("CEA") @article("5c")
                    @reason("Listed on a registered market.")
                when
                    $q : Query( jurisdiction == "US" )
                    EventContract( registration == VenueRegistration.DCM )
                then
                    out.fire(kcontext);
                end
                """;
        upload("validate", PackZips.zip(PackZips.FIXTURE_PACKS, Map.of("fed/contracts.drl", drl -> drl + contradicting)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.lint[?(@.problem.code == 'conflicting_rules')].problem.file")
                        .value(hasItem("fed/contracts.drl")))
                .andExpect(jsonPath("$.lint[?(@.problem.code == 'conflicting_rules')].severity").value(hasItem("WARNING")));
    }

    @Test
    void namesTheFileAndLineOfARuleThatDoesNotCompile() throws Exception {
        upload("validate", PackZips.zip(PackZips.FIXTURE_PACKS, Map.of("fed/contracts.drl", DROP_WAR_REASON)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.problems[0].file").value(endsWith("contracts.drl")))
                .andExpect(jsonPath("$.problems[0].line").value(greaterThan(0)))
                .andExpect(jsonPath("$.problems[0].code").value("missing_reason"));
    }

    @Test
    void reportsAGoldenCaseTheDraftNoLongerPasses() throws Exception {
        upload("validate", PackZips.zip(PackZips.FIXTURE_PACKS,
                        Map.of("fed/contracts.drl", drl -> drl.replace("\\\\bwar\\\\b", "\\\\bwarfare\\\\b"))))
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.cases.failed").value(1))
                .andExpect(jsonPath("$.cases.failures[0].name").value("A contract on a war is barred federally"));
    }

    @Test
    void reportsABodyThatIsNotAZip() throws Exception {
        upload("validate", "not a zip".getBytes())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.problems[0].code").value("not_a_zip"));
    }

    @Test
    void publishingAValidDraftMakesItLiveAndRecordsWhoDidIt() throws Exception {
        String before = live.current().hash();

        upload("publish", PackZips.zip(PackZips.FIXTURE_PACKS,
                        Map.of("fed/pack.yaml", yaml -> yaml.replace("version: \"1\"", "version: \"2\""))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.previousHash").value(before));

        assertThat(live.current().hash()).isNotEqualTo(before);
        assertThat(live.current().pack("fed").orElseThrow().manifest().version()).isEqualTo("2");
        assertThat(jdbc.queryForObject("SELECT key_id FROM pack_publication WHERE snapshot_hash = ?", String.class,
                live.current().hash())).isEqualTo(legal.id());
    }

    @Test
    void aFailedPublicationChangesNothingAndSaysWhy() throws Exception {
        assertPublicationRefused(PackZips.zip(PackZips.FIXTURE_PACKS, Map.of("fed/contracts.drl", DROP_WAR_REASON)),
                "missing_reason");
    }

    @Test
    void aDraftValidatedThenPublishedGoesLiveAsTheSnapshotItsValidationCompiled() throws Exception {
        byte[] draft = PackZips.zip(PackZips.FIXTURE_PACKS,
                Map.of("fed/pack.yaml", yaml -> yaml.replace("version: \"1\"", "version: \"3\"")));
        PackSnapshot validated = validator.validate(PackArchive.read(draft)).snapshot();

        upload("publish", draft).andExpect(status().isOk());

        assertThat(live.current()).as("compiled once, at validation").isSameAs(validated);
    }

    @Test
    void aDraftThatChangesNoRuleRunsTheLiveKnowledgeBases() throws Exception {
        PackSnapshot validated = validator.validate(PackArchive.read(PackZips.zip(PackZips.FIXTURE_PACKS,
                Map.of("fed/pack.yaml", yaml -> yaml.replace("version: \"1\"", "version: \"6\""))))).snapshot();

        assertThat(validated.packs()).allSatisfy(pack ->
                assertThat(pack.kieBase()).isSameAs(live.current().pack(pack.id()).orElseThrow().kieBase()));
    }

    @Test
    void validatingADraftThatSharesTheLiveKnowledgeBasesLeavesNoSessionOnThem() throws Exception {
        int before = sessionsOn(live.current());

        PackSnapshot validated = validator.validate(PackArchive.read(PackZips.zip(PackZips.FIXTURE_PACKS,
                Map.of("fed/pack.yaml", yaml -> yaml.replace("version: \"1\"", "version: \"7\""))))).snapshot();

        assertThat(validated.pack("fed").orElseThrow().kieBase()).as("shared with the live pack")
                .isSameAs(live.current().pack("fed").orElseThrow().kieBase());
        assertThat(sessionsOn(live.current())).as("sessions on the live knowledge bases").isEqualTo(before);
    }

    @Test
    void theFirstDecisionAfterAPublicationFindsItsSessionsAlreadyOpen() throws Exception {
        DecisionRequest request = new DecisionRequest(new EventContract("Will the war end by June?", null, null, null, null),
                List.of(Jurisdiction.find("US-NV").orElseThrow()), LocalDate.of(2026, 11, 21));
        engine.decide(request);

        upload("publish", PackZips.zip(PackZips.FIXTURE_PACKS,
                        Map.of("fed/pack.yaml", yaml -> yaml.replace("version: \"1\"", "version: \"5\""))))
                .andExpect(status().isOk());
        long openedByThePublication = engine.sessionsOpened();
        Decision after = engine.decide(request);

        assertThat(after.packSet()).isEqualTo(live.current().hash());
        assertThat(engine.sessionsOpened()).isEqualTo(openedByThePublication);
    }

    @Test
    void aDraftThatFailsOnARequestTheServiceAnsweredLatelyIsNotPublished() throws Exception {
        engine.decide(new DecisionRequest(new EventContract("Will the zebra census pass 5,000?", null, null,
                new Venue("Test DCM", VenueRegistration.DCM), null), List.of(Jurisdiction.find("US").orElseThrow()),
                LocalDate.of(2026, 11, 21)));
        UnaryOperator<String> failOnZebras = drl -> drl.replace(
                "    EventContract( registration == VenueRegistration.DCM )\nthen\n",
                "    $c : EventContract( registration == VenueRegistration.DCM )\nthen\n"
                        + "    if ($c.title().contains(\"zebra\")) { throw new IllegalStateException(\"no zebras\"); }\n");

        assertPublicationRefused(PackZips.zip(PackZips.FIXTURE_PACKS, Map.of("fed/contracts.drl", failOnZebras)),
                "recent_request_failed");
    }

    @Test
    void aDraftThatDiffersInOneFileIsValidatedAfresh() throws Exception {
        byte[] first = PackZips.zip(PackZips.FIXTURE_PACKS,
                Map.of("fed/pack.yaml", yaml -> yaml.replace("version: \"1\"", "version: \"4\"")));
        byte[] changed = PackZips.zip(PackZips.FIXTURE_PACKS, Map.of(
                "fed/pack.yaml", yaml -> yaml.replace("version: \"1\"", "version: \"4\""),
                "fed/contracts.drl", DROP_WAR_REASON));
        validator.validate(PackArchive.read(first));

        upload("validate", changed)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.problems[0].code").value("missing_reason"));
    }
}
