package dev.clearance.rules.engine;

import static dev.clearance.rules.pack.TestPacks.contractManifest;
import static dev.clearance.rules.pack.TestPacks.federal;
import static dev.clearance.rules.pack.TestPacks.pack;
import static dev.clearance.rules.pack.TestPacks.sessionsOn;
import static dev.clearance.rules.pack.TestPacks.states;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.rules.model.Decision;
import dev.clearance.rules.model.DecisionRequest;
import dev.clearance.rules.model.EventContract;
import dev.clearance.rules.model.Finding;
import dev.clearance.rules.model.FiredRule;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DecisionEngineTest {

    private static final String STATE_ROWS = """
            code,enforcing,effectiveFrom,effectiveTo,instrument,article,note
            US-NV,false,2020-01-01,2025-11-25,Nevada Revised Statutes,NRS 463.0193,federal injunction in force
            US-NV,true,2025-11-25,,Nevada Revised Statutes,NRS 463.0193,injunction dissolved
            US-NJ,false,2020-01-01,,N.J. Stat. 5:12A,10,court bars enforcement
            """;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private final DecisionEngine engine = new DecisionEngine(new LivePacks(List.of(federal(), states(STATE_ROWS))));

    private static EventContract contract(String title) {
        return new EventContract(title, null, null, new Venue("Example Exchange", VenueRegistration.DCM), null);
    }

    private Decision decide(Object subject, LocalDate asOf, String... codes) {
        List<Jurisdiction> jurisdictions = java.util.Arrays.stream(codes).map(c -> Jurisdiction.find(c).orElseThrow()).toList();
        return engine.decide(new DecisionRequest((dev.clearance.rules.model.Subject) subject, jurisdictions, asOf));
    }

    @Test
    void aStateDecisionAppliesTheFederalAndTheStateLayerTogether() {
        Decision decision = decide(contract("Will the Chiefs win?"), TODAY, "US-NV");

        assertThat(decision.verdictFor("US-NV")).isEqualTo(Verdict.PROHIBITED);
        assertThat(decision.jurisdictions().get(0).findings()).extracting(Finding::ruleId)
                .containsExactlyInAnyOrder("FED-LISTED", "ST-ENFORCED");
    }

    @Test
    void theMostRestrictiveFindingWinsInAJurisdiction() {
        Decision decision = decide(contract("Will the war end by June?"), TODAY, "US-NJ");

        assertThat(decision.verdictFor("US-NJ")).isEqualTo(Verdict.PROHIBITED);
        assertThat(decision.overall()).isEqualTo(Verdict.PROHIBITED);
    }

    @Test
    void aRowThatEndedNoLongerAnswers() {
        Decision before = decide(contract("Will the Chiefs win?"), LocalDate.of(2025, 11, 24), "US-NV");
        Decision after = decide(contract("Will the Chiefs win?"), LocalDate.of(2025, 11, 25), "US-NV");

        assertThat(before.verdictFor("US-NV")).isEqualTo(Verdict.ALLOWED);
        assertThat(after.verdictFor("US-NV")).isEqualTo(Verdict.PROHIBITED);
    }

    @Test
    void aFindingFromATableRowCitesTheRow() {
        Finding finding = decide(contract("Will the Chiefs win?"), TODAY, "US-NV").jurisdictions().get(0).findings()
                .stream().filter(f -> f.ruleId().equals("ST-ENFORCED")).findFirst().orElseThrow();

        assertThat(finding.citation().instrument()).isEqualTo("Nevada Revised Statutes");
        assertThat(finding.citation().article()).isEqualTo("NRS 463.0193");
        assertThat(finding.pack()).isEqualTo("states@1");
    }

    @Test
    void aSubjectNoPackCoversGetsReviewNotAllowed() {
        Product stablecoin = new Product(ProductType.STABLECOIN_ISSUANCE, null, "HK", null, List.of("CN"), "CNY", null, List.of());

        Decision decision = decide(stablecoin, TODAY, "US-NJ");

        assertThat(decision.verdictFor("US-NJ")).isEqualTo(Verdict.REVIEW);
        assertThat(decision.jurisdictions().get(0).findings()).singleElement()
                .satisfies(f -> assertThat(f.ruleId()).isEqualTo(DecisionEngine.NO_PACK_RULE));
    }

    @Test
    void aCoveredSubjectNoRuleDecidesGetsReviewNotAllowed() {
        EventContract unlisted = new EventContract("Will it snow in Reno?", null, null, null, null);

        Decision decision = decide(unlisted, TODAY, "US");

        assertThat(decision.verdictFor("US")).isEqualTo(Verdict.REVIEW);
        assertThat(decision.jurisdictions().get(0).findings()).singleElement()
                .satisfies(f -> assertThat(f.ruleId()).isEqualTo(DecisionEngine.NO_RULE_RULE));
    }

    @Test
    void aStateWithoutARowDecidesNothingSoTheFederalAllowanceIsNotEnough() {
        Decision decision = decide(contract("Will the Chiefs win?"), TODAY, "US-TX");

        assertThat(decision.verdictFor("US-TX")).isEqualTo(Verdict.REVIEW);
        assertThat(decision.jurisdictions().get(0).findings()).extracting(Finding::ruleId)
                .containsExactlyInAnyOrder("FED-LISTED", DecisionEngine.NO_RULE_RULE);
    }

    @Test
    void aStateNoPackOfItsOwnCoversGetsReviewWhateverTheFederalLayerSays() {
        DecisionEngine federalOnly = new DecisionEngine(new LivePacks(List.of(federal())));

        Decision decision = federalOnly.decide(new DecisionRequest(contract("Will CPI rise?"),
                List.of(Jurisdiction.find("US-NJ").orElseThrow()), TODAY));

        assertThat(decision.verdictFor("US-NJ")).isEqualTo(Verdict.REVIEW);
        assertThat(decision.jurisdictions().get(0).findings()).extracting(Finding::ruleId)
                .containsExactlyInAnyOrder("FED-LISTED", DecisionEngine.NO_PACK_RULE);
    }

    @Test
    void aRiderAloneDoesNotDecideALayer() {
        PackFiles riderOnly = pack("rider",
                "pack.yaml", contractManifest("rider", "A layer with only a rider", "CN", null),
                "rider.drl", """
                        package packs.rider;
                        rule "RIDER-AGE"
                            @verdict("CONDITIONAL") @rider("adds an age condition") @instrument("Test law") @article("1")
                            @reason("Participants must be adults.") @conditions("Participants must be 18 or older")
                        when
                            $q : Query( jurisdiction == "CN" )
                            EventContract()
                        then
                            out.fire(kcontext);
                        end
                        """);
        DecisionEngine engine = new DecisionEngine(new LivePacks(List.of(riderOnly)));

        Decision decision = engine.decide(new DecisionRequest(contract("Will it rain?"),
                List.of(Jurisdiction.find("CN").orElseThrow()), TODAY));

        assertThat(decision.verdictFor("CN")).isEqualTo(Verdict.REVIEW);
    }

    @Test
    void beforeAnyPackIsInForceTheAnswerIsReview() {
        Decision decision = decide(contract("Will the Chiefs win?"), LocalDate.of(2019, 6, 1), "US-NJ");

        assertThat(decision.verdictFor("US-NJ")).isEqualTo(Verdict.REVIEW);
        assertThat(decision.jurisdictions().get(0).findings().get(0).reason()).contains("was in force on 2019-06-01");
    }

    @Test
    void aPackStopsAnsweringFromTheDayItsSuccessorSupersedesIt() {
        PackFiles successor = pack("fed-2026",
                "pack.yaml", """
                        id: fed-2026
                        title: Federal successor
                        version: "1"
                        jurisdictions: [US]
                        covers: { subjectKinds: [EVENT_CONTRACT] }
                        effective: { from: 2026-02-06 }
                        supersedes: { pack: fed, from: 2026-02-06 }
                        rules: [review.drl]
                        """,
                "review.drl", """
                        package packs.fed2026;
                        rule "FED26-REVIEW"
                            @verdict("REVIEW") @instrument("Successor rule") @article("1")
                            @reason("Everything is under review.")
                        when
                            $q : Query( jurisdiction == "US" )
                            EventContract()
                        then
                            out.fire(kcontext);
                        end
                        """);
        DecisionEngine withSuccessor = new DecisionEngine(new LivePacks(List.of(federal(), successor)));
        EventContract listed = contract("Will the Chiefs win?");

        Decision before = withSuccessor.decide(new DecisionRequest(listed, List.of(Jurisdiction.find("US").orElseThrow()), LocalDate.of(2026, 2, 5)));
        Decision after = withSuccessor.decide(new DecisionRequest(listed, List.of(Jurisdiction.find("US").orElseThrow()), LocalDate.of(2026, 2, 6)));

        assertThat(before.jurisdictions().get(0).findings()).extracting(Finding::ruleId).containsExactly("FED-LISTED");
        assertThat(after.jurisdictions().get(0).findings()).extracting(Finding::ruleId).containsExactly("FED26-REVIEW");
    }

    @Test
    void theExplanationNamesEachFiredRuleAndTheFactsItMatched() {
        Decision decision = decide(contract("Will the Chiefs win?"), TODAY, "US-NV");

        assertThat(decision.explanation()).anySatisfy(fired -> {
            assertThat(fired.ruleId()).isEqualTo("ST-ENFORCED");
            assertThat(fired.jurisdiction()).isEqualTo("US-NV");
            assertThat(fired.facts()).containsExactly("subject", "states/states.csv:3");
        });
    }

    @Test
    void everyDecisionNamesTheSnapshotThatMadeIt() {
        Decision decision = decide(contract("Will the Chiefs win?"), TODAY, "US-NJ");

        assertThat(decision.packSet()).startsWith("sha256:").hasSize(71);
    }

    @Test
    void aSnapshotPreparedBeforeItsSwapAnswersItsFirstDecisionWithoutOpeningASession() {
        LivePacks live = new LivePacks(List.of(federal(), states(STATE_ROWS)));
        DecisionEngine engine = new DecisionEngine(live);
        DecisionRequest request = new DecisionRequest(contract("Will the Chiefs win?"),
                List.of(Jurisdiction.find("US-NJ").orElseThrow()), TODAY);
        engine.decide(request);
        PackSnapshot next = new PackLoader().load(List.of(federal(), states(STATE_ROWS.replace(
                "US-NJ,false,2020-01-01,,N.J. Stat. 5:12A,10,court bars enforcement",
                "US-NJ,true,2020-01-01,,N.J. Stat. 5:12A,10,court order lifted"))));

        engine.prepare(next);
        long openedBeforeTheSwap = engine.sessionsOpened();
        live.publish(next);
        Decision after = engine.decide(request);

        assertThat(engine.sessionsOpened()).isEqualTo(openedBeforeTheSwap);
        assertThat(after.packSet()).isEqualTo(next.hash());
        assertThat(after.verdictFor("US-NJ")).as("the prepared sessions hold the new snapshot's rows")
                .isEqualTo(Verdict.PROHIBITED);
    }

    @Test
    void preparingASnapshotReplaysTheRequestsDecidedLately() {
        engine.decide(new DecisionRequest(contract("Will the Chiefs win?"),
                List.of(Jurisdiction.find("US-NV").orElseThrow()), TODAY));

        DecisionEngine.Preparation preparation = engine.prepare(new PackLoader().load(List.of(federal(), states(STATE_ROWS))));

        assertThat(preparation.requestsReplayed()).as("one recent request, replayed in each of 16 rounds").isEqualTo(16);
    }

    @Test
    void readyingASnapshotThatRunsTheLiveRulesReplaysTheRecentRequestsOnce() {
        LivePacks live = new LivePacks(List.of(federal(), states(STATE_ROWS)));
        DecisionEngine onLive = new DecisionEngine(live);
        onLive.decide(new DecisionRequest(contract("Will the Chiefs win?"), List.of(Jurisdiction.find("US-NV").orElseThrow()), TODAY));
        PackSnapshot rowsChanged = new PackLoader().load(List.of(federal(), states(STATE_ROWS.replace(
                "US-NV,true,2025-11-25,,", "US-NV,false,2025-11-25,,"))), live.current());

        DecisionEngine.Preparation preparation = onLive.prepare(rowsChanged);

        assertThat(preparation.requestsReplayed()).isEqualTo(1);
    }

    @Test
    void readyingReplaysNoMoreDateAndJurisdictionSetsThanAPackKeepsPoolsFor() {
        for (int day = 0; day < 40; day++) {
            engine.decide(new DecisionRequest(contract("Will the Chiefs win?"),
                    List.of(Jurisdiction.find("US-NV").orElseThrow()), TODAY.minusDays(day)));
        }

        DecisionEngine.Preparation preparation = engine.prepare(new PackLoader().load(List.of(federal(), states(STATE_ROWS))));

        assertThat(preparation.requestsReplayed()).as("16 sets, each replayed in each of 16 rounds").isEqualTo(16 * 16);
    }

    @Test
    void aSnapshotReadiedForAPublicationThatNeverWentLiveGivesUpItsSessionsWhenAnotherIsReadied() {
        engine.decide(new DecisionRequest(contract("Will the Chiefs win?"),
                List.of(Jurisdiction.find("US-NV").orElseThrow()), TODAY));
        PackSnapshot abandoned = new PackLoader().load(List.of(federal(), states(STATE_ROWS)));
        engine.prepare(abandoned);
        assertThat(abandoned.packs().get(0).kieBase().getKieSessions()).as("readying opened sessions").isNotEmpty();

        engine.prepare(new PackLoader().load(List.of(federal(), states(STATE_ROWS))));

        assertThat(abandoned.packs()).allSatisfy(pack -> assertThat(pack.kieBase().getKieSessions()).isEmpty());
    }

    @Test
    void preparingTheSnapshotAlreadyLiveOpensAndReplaysNothing() {
        LivePacks live = new LivePacks(List.of(federal(), states(STATE_ROWS)));
        DecisionEngine engine = new DecisionEngine(live);
        engine.decide(new DecisionRequest(contract("Will the Chiefs win?"),
                List.of(Jurisdiction.find("US-NV").orElseThrow()), TODAY));

        DecisionEngine.Preparation preparation = engine.prepare(live.current());

        assertThat(preparation.sessionsOpened()).isZero();
        assertThat(preparation.requestsReplayed()).isZero();
    }

    @Test
    void anEngineThatHasDecidedNothingHasNothingToReplay() {
        DecisionEngine.Preparation preparation = engine.prepare(new PackLoader().load(List.of(federal(), states(STATE_ROWS))));

        assertThat(preparation.requestsReplayed()).isZero();
        assertThat(preparation.sessionsOpened()).isZero();
    }

    @Test
    void decisionsAlternatingBetweenDatesEachSeeOnlyTheRowsInForceOnTheirDate() {
        LocalDate beforeOrder = LocalDate.of(2025, 11, 24);

        List<Verdict> verdicts = Stream.of(beforeOrder, TODAY, beforeOrder, TODAY)
                .map(date -> decide(contract("Will the Chiefs win?"), date, "US-NV").verdictFor("US-NV"))
                .toList();

        assertThat(verdicts).containsExactly(Verdict.ALLOWED, Verdict.PROHIBITED, Verdict.ALLOWED, Verdict.PROHIBITED);
    }

    @Test
    void aStateAskedAboutAloneIsNotAnsweredForByTheQueriesOfAnEarlierWiderRequest() {
        decide(contract("Will the Chiefs win?"), TODAY, "US-NV", "US-NJ");

        Decision alone = decide(contract("Will the Chiefs win?"), TODAY, "US-NJ");

        assertThat(alone.explanation()).extracting(FiredRule::jurisdiction).doesNotContain("US-NV");
    }

    @Test
    void aFactARuleInsertsDoesNotReachTheNextDecision() {
        PackFiles inserting = pack("leaky",
                "pack.yaml", contractManifest("leaky",
                        "A layer whose rule inserts a fact (lint refuses this; the engine must survive it)", "CN", null),
                "leaky.drl", """
                        package packs.leaky;
                        declare Flagged end
                        rule "LEAKY-FLAG"
                            @verdict("REVIEW") @instrument("Test law") @article("1") @reason("Flags war contracts.")
                            salience 10
                        when
                            $q : Query( jurisdiction == "CN" )
                            EventContract( title.contains("war") )
                        then
                            insert(new Flagged());
                            out.fire(kcontext);
                        end
                        rule "LEAKY-FLAGGED"
                            @verdict("PROHIBITED") @instrument("Test law") @article("2") @reason("A flag was raised.")
                        when
                            $q : Query( jurisdiction == "CN" )
                            EventContract()
                            Flagged()
                        then
                            out.fire(kcontext);
                        end
                        rule "LEAKY-LISTED"
                            @verdict("ALLOWED") @instrument("Test law") @article("3") @reason("Anything else passes.")
                        when
                            $q : Query( jurisdiction == "CN" )
                            EventContract()
                        then
                            out.fire(kcontext);
                        end
                        """);
        DecisionEngine leaky = new DecisionEngine(new LivePacks(List.of(inserting)));
        List<Jurisdiction> china = List.of(Jurisdiction.find("CN").orElseThrow());
        Decision flagged = leaky.decide(new DecisionRequest(contract("Will the war end by June?"), china, TODAY));
        assertThat(flagged.verdictFor("CN")).as("the flag works within its own decision").isEqualTo(Verdict.PROHIBITED);

        Decision next = leaky.decide(new DecisionRequest(contract("Will it rain in Beijing?"), china, TODAY));

        assertThat(next.verdictFor("CN")).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void decisionsMadeOnManyThreadsAtOnceMatchTheSameDecisionsMadeOneByOne() throws Exception {
        List<DecisionRequest> requests = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String title = i % 3 == 0 ? "Will the war end by June?" : "Will the Chiefs win?";
            LocalDate asOf = i % 2 == 0 ? TODAY : LocalDate.of(2025, 11, 24);
            requests.add(new DecisionRequest(contract(title), Jurisdiction.all(), asOf));
        }
        List<List<Verdict>> oneByOne = requests.stream().map(this::verdicts).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Verdict>>> together = pool.invokeAll(
                    requests.stream().map(r -> (Callable<List<Verdict>>) () -> verdicts(r)).toList());
            for (int i = 0; i < requests.size(); i++) {
                assertThat(together.get(i).get()).as("request %d", i).isEqualTo(oneByOne.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Verdict> verdicts(DecisionRequest request) {
        return engine.decide(request).jurisdictions().stream().map(JurisdictionDecision::verdict).toList();
    }

    @Test
    void aTableCellListingCategoriesIsASetARuleCanTestWithContains() {
        PackFiles scoped = pack("scoped",
                "pack.yaml", contractManifest("scoped", "A state layer whose rows list the categories they cover",
                        "US-STATES", "states.csv, fact: StateRow"),
                "scoped.drl", """
                        package packs.scoped;
                        declare StateRow
                            code : String
                            scope : java.util.Set
                        end
                        rule "SC-IN-SCOPE"
                            @verdict("PROHIBITED") @reason("The state acts against contracts in these categories.")
                        when
                            EventContract()
                            $s : StateRow( $j : code, scope contains "SPORTS" )
                            $q : Query( jurisdiction == $j )
                        then
                            out.fire(kcontext);
                        end
                        rule "SC-OUT-OF-SCOPE"
                            @verdict("ALLOWED") @reason("The state has not acted against sports contracts.")
                        when
                            EventContract()
                            $s : StateRow( $j : code, scope not contains "SPORTS" )
                            $q : Query( jurisdiction == $j )
                        then
                            out.fire(kcontext);
                        end
                        """,
                "states.csv", """
                        code,scope,instrument,article
                        US-NV,ELECTION | SPORTS,Nevada Revised Statutes,NRS 463.0193
                        US-NJ,,N.J. Stat. 5:12A,10
                        """);
        DecisionEngine engine = new DecisionEngine(new LivePacks(List.of(federal(), scoped)));

        Decision decision = engine.decide(new DecisionRequest(contract("Will the Chiefs win?"),
                List.of(Jurisdiction.find("US-NV").orElseThrow(), Jurisdiction.find("US-NJ").orElseThrow()), TODAY));

        assertThat(decision.verdictFor("US-NV")).isEqualTo(Verdict.PROHIBITED);
        assertThat(decision.verdictFor("US-NJ")).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void closingDisposesEverySessionItOpenedOnThePacksKnowledgeBases() {
        LivePacks packs = new LivePacks(List.of(federal(), states(STATE_ROWS)));
        DecisionEngine closing = new DecisionEngine(packs);
        closing.decide(new DecisionRequest(contract("Will the Chiefs win?"),
                List.of(Jurisdiction.find("US").orElseThrow(), Jurisdiction.find("US-NV").orElseThrow()), TODAY));
        assertThat(sessionsOn(packs.current())).isPositive();

        closing.close();

        assertThat(sessionsOn(packs.current())).isZero();
    }

    @Test
    void twoSnapshotsSharingAKnowledgeBaseEachDecideByTheirOwnRows() {
        PackSnapshot enforcing = new PackLoader().load(List.of(federal(), states(STATE_ROWS)));
        PackSnapshot barred = new PackLoader().load(List.of(federal(), states(STATE_ROWS.replace(
                "US-NV,true,2025-11-25,,", "US-NV,false,2025-11-25,,"))), enforcing);
        DecisionEngine onEnforcing = new DecisionEngine(new LivePacks(enforcing));
        DecisionEngine onBarred = new DecisionEngine(new LivePacks(barred));
        DecisionRequest request = new DecisionRequest(contract("Will the Chiefs win?"),
                List.of(Jurisdiction.find("US-NV").orElseThrow()), TODAY);

        assertThat(barred.pack("states").orElseThrow().kieBase()).isSameAs(enforcing.pack("states").orElseThrow().kieBase());
        for (int round = 0; round < 3; round++) {
            assertThat(onEnforcing.decide(request).verdictFor("US-NV")).isEqualTo(Verdict.PROHIBITED);
            assertThat(onBarred.decide(request).verdictFor("US-NV")).isEqualTo(Verdict.ALLOWED);
        }
    }
}
