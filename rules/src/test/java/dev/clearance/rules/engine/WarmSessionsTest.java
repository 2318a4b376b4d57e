package dev.clearance.rules.engine;

import static dev.clearance.rules.pack.TestPacks.federal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.rules.model.EventContract;
import dev.clearance.rules.model.Venue;
import dev.clearance.rules.model.VenueRegistration;
import dev.clearance.rules.pack.CompiledPack;
import dev.clearance.rules.pack.PackLoader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

class WarmSessionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final List<Object> LISTED_CONTRACT = List.of(new EventContract("Will it rain in Chicago?", null, null,
            new Venue("Example Exchange", VenueRegistration.DCM), null));

    private final CompiledPack pack = new PackLoader().load(List.of(federal())).packs().get(0);

    private void decide(WarmSessions sessions, LocalDate asOf) {
        sessions.evaluate(asOf, List.of("US"), LISTED_CONTRACT, new FindingCollector(pack, Map.of(), new DecisionFindings(1)));
    }

    @Test
    void openingLikeLivePoolsOpensASessionForEachDateAndJurisdictionSetTheyKeep() {
        WarmSessions live = new WarmSessions(pack, 4, new LongAdder());
        decide(live, TODAY);
        decide(live, TODAY.minusDays(1));
        LongAdder opened = new LongAdder();
        WarmSessions ready = new WarmSessions(pack, 4, opened);

        ready.openLike(live);

        assertThat(opened.sum()).isEqualTo(2);
    }

    @Test
    void aDecisionOnASetOpenedLikeTheLivePoolsFindsItsSessionIdle() {
        WarmSessions live = new WarmSessions(pack, 4, new LongAdder());
        decide(live, TODAY);
        LongAdder opened = new LongAdder();
        WarmSessions ready = new WarmSessions(pack, 4, opened);
        ready.openLike(live);

        decide(ready, TODAY);

        assertThat(opened.sum()).as("only the session openLike opened").isEqualTo(1);
    }

    @Test
    void openingLikePoolsThatKeepNothingOpensNothing() {
        LongAdder opened = new LongAdder();

        new WarmSessions(pack, 4, opened).openLike(new WarmSessions(pack, 4, new LongAdder()));

        assertThat(opened.sum()).isZero();
    }

    @Test
    void aSessionGivenBackAfterClosingIsDisposedNotPooled() {
        WarmSessions retired = new WarmSessions(pack, 4, new LongAdder());
        retired.close();

        decide(retired, TODAY);

        assertThat(pack.kieBase().getKieSessions()).as("sessions left on the knowledge base").isEmpty();
    }

    @Test
    void emptyingThePoolsPastTheirBoundKeepsPooling() {
        WarmSessions sessions = new WarmSessions(pack, 4, new LongAdder());
        for (int day = 0; day <= WarmSessions.MAX_KEYS; day++) {
            decide(sessions, TODAY.minusDays(day));
        }

        assertThat(pack.kieBase().getKieSessions()).as("the set past the bound pooled its session").hasSize(1);
    }
}
