package dev.clearance.rules.impact;

import static dev.clearance.rules.pack.TestPacks.federal;
import static dev.clearance.rules.pack.TestPacks.sessionsOn;
import static dev.clearance.rules.pack.TestPacks.states;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.clearance.rules.model.DecisionRequest;
import dev.clearance.rules.model.EventContract;
import dev.clearance.rules.model.Jurisdiction;
import dev.clearance.rules.model.Venue;
import dev.clearance.rules.model.VenueRegistration;
import dev.clearance.rules.model.Verdict;
import dev.clearance.rules.pack.PackLoader;
import dev.clearance.rules.pack.PackSnapshot;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImpactAnalysisTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);
    private static final String LIVE_ROWS = """
            code,enforcing,effectiveFrom,effectiveTo,instrument,article
            US-NV,true,2020-01-01,,Nevada Revised Statutes,NRS 463.0193
            US-NJ,false,2020-01-01,,N.J. Stat. 5:12A,10
            """;
    private static final String DRAFT_ROWS = LIVE_ROWS.replace("US-NV,true", "US-NV,false");

    private final PackSnapshot live = new PackLoader().load(List.of(federal(), states(LIVE_ROWS)));
    private final PackSnapshot draft = new PackLoader().load(List.of(federal(), states(DRAFT_ROWS)));

    private static LabelledRequest sportsContract() {
        return new LabelledRequest("golden case", "Will the Chiefs win?", new DecisionRequest(
                new EventContract("Will the Chiefs win?", null, null, new Venue("Example", VenueRegistration.DCM), null),
                List.of(Jurisdiction.find("US-NV").orElseThrow(), Jurisdiction.find("US-NJ").orElseThrow()), AS_OF));
    }

    @Test
    void aDraftThatStopsAStateEnforcingChangesItsVerdictAndNamesTheRuleThatNoLongerFires() {
        ImpactReport report = new ImpactAnalysis(live, draft).compare(List.of(sportsContract()), List.of());

        assertThat(report.changes()).containsExactly(new VerdictChange("golden case", "Will the Chiefs win?", "US-NV",
                Verdict.PROHIBITED, Verdict.ALLOWED, List.of("ST-NOT-ENFORCING"), List.of("ST-ENFORCED")));
        assertThat(report.jurisdictionDecisions()).isEqualTo(2);
    }

    @Test
    void theTextTableShowsEachChangeAndASummary() {
        String text = new ImpactAnalysis(live, draft).compare(List.of(sportsContract()), List.of()).toText();

        assertThat(text).contains("US-NV", "PROHIBITED", "ALLOWED", "-ST-ENFORCED", "Will the Chiefs win?")
                .endsWith("1 verdict change(s) in 1 subject(s) over 2 jurisdiction decisions from {golden case=1}\n");
    }

    @Test
    void theJsonNamesBothSnapshotsAndEveryChange() {
        String json = new ImpactAnalysis(live, draft).compare(List.of(sportsContract()), List.of()).toJson();

        assertThat(json).contains("\"liveSnapshot\" : \"" + live.hash() + "\"", "\"draft\" : \"ALLOWED\"",
                "\"firedOnlyLive\" : [ \"ST-ENFORCED\" ]");
    }

    @Test
    void storedRequestsAreReplayedAndAnUnreadableOneIsReportedAsSkipped() throws SQLException {
        String url = "jdbc:h2:mem:audit;DB_CLOSE_DELAY=-1";
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            // The columns the service's audit log (migration V1) gives these rows.
            statement.execute("CREATE TABLE decision_audit (seq BIGINT PRIMARY KEY, decision_id VARCHAR(64) NOT NULL,"
                    + " request_json CLOB NOT NULL)");
            statement.execute("INSERT INTO decision_audit VALUES (1, 'a1', '{\"subject\":{\"kind\":\"EVENT_CONTRACT\",\"title\":"
                    + "\"Will the Chiefs win?\",\"venue\":{\"name\":\"X\",\"registration\":\"DCM\"}},"
                    + "\"jurisdictions\":[\"US-NV\"],\"asOf\":\"2026-11-21\"}')");
            statement.execute("INSERT INTO decision_audit VALUES (2, 'a2', '{\"subject\":{\"kind\":\"SPACESHIP\"},\"jurisdictions\":[\"US-NV\"]}')");
        }
        List<LabelledRequest> requests = new ArrayList<>();
        List<SkippedRequest> skipped = new ArrayList<>();

        AuditLogRequests.read(url, 0, AS_OF, requests, skipped);
        ImpactReport report = new ImpactAnalysis(live, draft).compare(requests, skipped);

        assertThat(report.changes()).extracting(VerdictChange::subject, VerdictChange::jurisdiction)
                .containsExactly(tuple("decision a1", "US-NV"));
        assertThat(report.skipped()).extracting(SkippedRequest::label).containsExactly("decision a2");
    }

    @Test
    void closingTheAnalysisDisposesTheSessionsItOpenedOnBothSnapshots() {
        ImpactAnalysis impact = new ImpactAnalysis(live, draft);
        impact.compare(List.of(sportsContract()), List.of());
        assertThat(sessionsOn(live) + sessionsOn(draft)).as("sessions while open").isPositive();

        impact.close();

        assertThat(sessionsOn(live)).as("sessions on the live rule bases").isZero();
        assertThat(sessionsOn(draft)).as("sessions on the draft's rule bases").isZero();
    }
}
