package dev.clearance.rules.engine;

import static dev.clearance.rules.pack.TestPacks.federal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.rules.model.EventContract;
import dev.clearance.rules.model.Venue;
import dev.clearance.rules.model.VenueRegistration;
import dev.clearance.rules.pack.CompiledPack;
import dev.clearance.rules.pack.PackLoader;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

class WarmSessionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final List<Object> LISTED_CONTRACT = List.of(new EventContract("Will it rain in Chicago?", null, null,
            new Venue("Example Exchange", VenueRegistration.DCM), null));

    private final CompiledPack pack = new PackLoader().load(List.of(federal())).packs().get(0);

    private void decide(WarmSessions sessions, LocalDate asOf) {
        decide(sessions, asOf, LISTED_CONTRACT);
    }

    private void decide(WarmSessions sessions, LocalDate asOf, List<Object> facts) {
        sessions.evaluate(asOf, List.of("US"), facts, new FindingCollector(pack, Map.of(), new DecisionFindings(1)));
    }

    /** The contract's facts, handed over only once {@code release} opens: a decision held mid-run, its session lent. */
    private static List<Object> heldUntil(CountDownLatch inside, CountDownLatch release) {
        return new AbstractList<>() {
            @Override
            public Object get(int index) {
                inside.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return LISTED_CONTRACT.get(index);
            }

            @Override
            public int size() {
                return LISTED_CONTRACT.size();
            }
        };
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
    void openingLikeLivePoolsCountsTheSessionsLentToRunningDecisions() throws InterruptedException {
        WarmSessions live = new WarmSessions(pack, 4, new LongAdder());
        CountDownLatch inside = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> running = List.of(new Thread(() -> decide(live, TODAY, heldUntil(inside, release))),
                new Thread(() -> decide(live, TODAY, heldUntil(inside, release))));
        running.forEach(Thread::start);
        LongAdder opened = new LongAdder();

        try {
            assertThat(inside.await(10, TimeUnit.SECONDS)).as("both decisions hold their session").isTrue();
            new WarmSessions(pack, 4, opened).openLike(live);
        } finally {
            release.countDown();
        }
        for (Thread thread : running) {
            thread.join();
        }

        assertThat(opened.sum()).as("one per session the two running decisions hold").isEqualTo(2);
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
