package dev.clearance.rules.engine;

import dev.clearance.rules.model.Citation;
import dev.clearance.rules.model.Decision;
import dev.clearance.rules.model.DecisionRequest;
import dev.clearance.rules.model.Finding;
import dev.clearance.rules.model.Jurisdiction;
import dev.clearance.rules.model.JurisdictionDecision;
import dev.clearance.rules.model.Verdict;
import dev.clearance.rules.pack.CompiledPack;
import dev.clearance.rules.pack.LivePacks;
import dev.clearance.rules.pack.PackSnapshot;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * Decides requests against the live pack snapshot: runs every in-force pack that covers the
 * subject once, with one {@link Query} per jurisdiction it answers for (in a session kept warm
 * with the pack's rows and those queries, see {@link WarmSessions}), then folds the findings
 * per jurisdiction (federal findings count in every state). Each layer answers for itself: a
 * state needs an in-force pack of its own that covers the subject, and every covered layer (the
 * state, and the federal layer above it) needs a rule that decides, not only riders that add
 * conditions. Otherwise the answer is REVIEW with that reason: never ALLOWED by silence.
 */
public final class DecisionEngine implements AutoCloseable {

    /** Pseudo-pack that names the engine's own findings. */
    public static final String ENGINE = "engine";
    public static final String NO_PACK_RULE = "ENGINE-NO-COVERING-PACK";
    public static final String NO_RULE_RULE = "ENGINE-NO-RULE-DECIDED";
    private static final int RECENT_REQUESTS = 64;
    /** About 1,000 decisions: enough for the JVM to compile the new rules' hottest code; a few seconds at a quarter of a core. */
    private static final int REPLAY_ROUNDS = 16;
    /** How long the replay rests after each decision, in multiples of the time the decision took. */
    private static final int REPLAY_REST = 3;
    private static final Citation ENGINE_POLICY =
            new Citation("Clearance engine policy", "A subject is never allowed by silence");

    private final LivePacks packs;
    private final int warmSessionsPerKey;
    private final AtomicReference<EvaluationState> state = new AtomicReference<>();
    /** The state {@link #prepare} readied for a snapshot about to go live. */
    private final AtomicReference<EvaluationState> prepared = new AtomicReference<>();
    private final LongAdder sessionsOpened = new LongAdder();
    private final RecentRequests recentRequests = new RecentRequests(RECENT_REQUESTS);

    /**
     * An engine that keeps, per pack, date and jurisdiction set, up to four idle sessions per core
     * (at most 16): a busy server runs more decisions at once than it has cores, and a session
     * opened for want of an idle one costs a hundred decisions' worth of work.
     */
    public DecisionEngine(LivePacks packs) {
        this(packs, Math.min(16, 4 * Runtime.getRuntime().availableProcessors()));
    }

    /**
     * An engine keeping up to {@code warmSessionsPerKey} idle sessions per pack, date and
     * jurisdiction set; 0 opens a fresh session for every evaluation and disposes it after.
     */
    public DecisionEngine(LivePacks packs, int warmSessionsPerKey) {
        if (warmSessionsPerKey < 0) {
            throw new IllegalArgumentException("warmSessionsPerKey must be 0 or more, was " + warmSessionsPerKey);
        }
        this.packs = packs;
        this.warmSessionsPerKey = warmSessionsPerKey;
    }

    public Decision decide(DecisionRequest request) {
        Decision decision = decideOn(stateFor(packs.current()), request);
        recentRequests.record(request); // only requests the live packs could decide are replayed
        return decision;
    }

    private Decision decideOn(EvaluationState evaluation, DecisionRequest request) {
        LocalDate asOf = request.asOf();
        List<CompiledPack> applicable = evaluation.snapshot().inForceOn(asOf).stream()
                .filter(pack -> pack.decides(request.subject()))
                .toList();
        DecisionFindings findings = new DecisionFindings(request.jurisdictions().size());
        List<Object> subjectFacts = evaluation.subjectFacts(request.subject());
        Map<CompiledPack, List<String>> layerPlan = evaluation.layerPlans().planFor(request.jurisdictions());
        for (CompiledPack pack : applicable) {
            List<String> codes = layerPlan.get(pack);
            findings.cover(codes);
            if (!codes.isEmpty()) {
                evaluation.evaluate(pack, subjectFacts, codes, request, findings);
            }
        }
        List<JurisdictionDecision> decisions = new ArrayList<>(request.jurisdictions().size());
        Verdict overall = Verdict.ALLOWED;
        for (Jurisdiction jurisdiction : request.jurisdictions()) {
            JurisdictionDecision decision = decideOne(jurisdiction, findings, request, evaluation.snapshot());
            decisions.add(decision);
            overall = overall.fold(decision.verdict());
        }
        return new Decision(DecisionIds.next(), asOf, overall, evaluation.snapshot().hash(), decisions,
                findings.fired());
    }

    /**
     * Readies {@code next}, a snapshot about to go live, off the request path. It opens the new
     * snapshot's warm sessions for the dates and jurisdiction sets the live snapshot's sessions
     * serve, and replays a sample of recent requests on it (their decisions are dropped): a new
     * snapshot's rules are new classes, which the JVM runs slowly until it has compiled them, and
     * without the replay every decision of the first seconds after the swap pays for that. When
     * the new snapshot reuses every live knowledge base, one round suffices.
     * Call it before the swap; a snapshot never prepared is readied by its first decisions.
     */
    public Preparation prepare(PackSnapshot next) {
        long start = System.nanoTime();
        long openedBefore = sessionsOpened.sum();
        EvaluationState live = state.get();
        if (live != null && live.snapshot() == next) {
            return new Preparation(0, 0, Duration.ZERO); // already live and warm
        }
        EvaluationState ready = EvaluationState.of(next, warmSessionsPerKey, sessionsOpened);
        int replayed;
        try {
            if (live != null) {
                ready.openSessionsLike(live);
            }
            replayed = replay(ready, live != null && runsTheSameRules(live.snapshot(), next) ? 1 : REPLAY_ROUNDS);
        } catch (RuntimeException e) {
            ready.close(); // a knowledge base keeps every session not disposed
            throw e;
        }
        EvaluationState unused = prepared.getAndSet(ready);
        if (unused != null && unused != state.get()) {
            unused.close(); // readied for a publication that never went live
        }
        return new Preparation(sessionsOpened.sum() - openedBefore, replayed,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * True when every pack of {@code next} runs a knowledge base of {@code live} (its rules were
     * reused, see {@code PackLoader}): the JIT then has no new rule code to compile, and one round
     * of replay only checks that the recent requests still decide.
     */
    private static boolean runsTheSameRules(PackSnapshot live, PackSnapshot next) {
        return next.packs().stream().allMatch(pack ->
                live.pack(pack.id()).filter(running -> running.kieBase() == pack.kieBase()).isPresent());
    }

    private int replay(EvaluationState ready, int rounds) {
        List<DecisionRequest> sample = fittingThePools(recentRequests.sample());
        int replayed = 0;
        for (int round = 0; round < rounds && !sample.isEmpty(); round++) {
            for (DecisionRequest request : sample) {
                long decisionStart = System.nanoTime();
                try {
                    decideOn(ready, request);
                } catch (RuntimeException e) {
                    throw new IllegalStateException("deciding a recent request (" + request.subject().kind() + " "
                            + request.subject() + " for " + request.jurisdictions().size() + " jurisdiction(s) as of "
                            + request.asOf() + ") failed: " + e.getMessage(), e);
                }
                replayed++;
                // Paced at a quarter of a core: on a busy server the replay must not take the cores
                // that live decisions need, or readying would cause the very stall it is there to avoid.
                LockSupport.parkNanos(REPLAY_REST * (System.nanoTime() - decisionStart));
            }
        }
        return replayed;
    }

    /**
     * The requests of the sample whose date and jurisdiction set are among the first
     * {@value WarmSessions#MAX_KEYS}: replaying more sets than a pack's pools hold would empty
     * the pools again, sessions readying has just opened included.
     */
    private static List<DecisionRequest> fittingThePools(List<DecisionRequest> sample) {
        Set<List<Object>> sets = new HashSet<>();
        List<DecisionRequest> fitting = new ArrayList<>(sample.size());
        for (DecisionRequest request : sample) {
            List<Object> set = List.of(request.asOf(), request.jurisdictions());
            if (sets.contains(set) || sets.size() < WarmSessions.MAX_KEYS) {
                sets.add(set);
                fitting.add(request);
            }
        }
        return fitting;
    }

    /**
     * What {@link #prepare} did: the sessions opened meanwhile (by readying, and by any live
     * decision that found no idle one), the recent requests it replayed, how long it took.
     */
    public record Preparation(long sessionsOpened, int requestsReplayed, Duration took) {
    }

    /**
     * Disposes the warm sessions. A knowledge base keeps every session opened on it until it is
     * disposed, so an engine over packs that outlive it must be closed: one that checks a draft
     * whose unchanged packs share the live snapshot's knowledge bases would otherwise leave its
     * sessions on them for good. A decision after closing opens sessions again.
     */
    @Override
    public void close() {
        EvaluationState live = state.getAndSet(null);
        EvaluationState ready = prepared.getAndSet(null);
        if (live != null) {
            live.close();
        }
        if (ready != null && ready != live) {
            ready.close();
        }
    }

    /** Sessions opened so far: by decisions that found no idle one, and by {@link #prepare}. */
    public long sessionsOpened() {
        return sessionsOpened.sum();
    }

    private EvaluationState stateFor(PackSnapshot snapshot) {
        while (true) {
            EvaluationState current = state.get();
            if (current != null && current.snapshot() == snapshot) {
                return current;
            }
            if (current != null && snapshot != packs.current()) {
                // Read just before a publication swapped the packs: installing it would retire the
                // newer state, warm sessions and all. It runs on sessions of its own, disposed after.
                return EvaluationState.of(snapshot, 0, sessionsOpened);
            }
            EvaluationState ready = prepared.get();
            EvaluationState next = ready != null && ready.snapshot() == snapshot
                    ? ready
                    : EvaluationState.of(snapshot, warmSessionsPerKey, sessionsOpened);
            if (state.compareAndSet(current, next)) {
                prepared.compareAndSet(next, null); // live now: the next preparation must not retire it
                if (current != null) {
                    current.close(); // decisions still running on it dispose what they give back
                }
                return next;
            }
            if (next != ready) {
                next.close(); // another decision swapped first; its state serves
            }
        }
    }

    private static JurisdictionDecision decideOne(Jurisdiction jurisdiction, DecisionFindings findings,
            DecisionRequest request, PackSnapshot snapshot) {
        String code = jurisdiction.code();
        String parent = jurisdiction.parent().orElse(null);
        DecisionFindings.Layer own = findings.of(code);
        DecisionFindings.Layer above = parent == null ? null : findings.of(parent);
        // Room for the engine's own REVIEW findings: one for the layer, one for the layer above.
        List<Finding> all = new ArrayList<>(own.findings().size() + (above == null ? 1 : above.findings().size() + 2));
        all.addAll(own.findings());
        if (above != null) {
            all.addAll(above.findings());
        }
        if (!own.covered()) {
            all.add(review(NO_PACK_RULE, noPackReason(jurisdiction, request, snapshot)));
        } else if (!own.decided()) {
            all.add(review(NO_RULE_RULE, undecidedReason(code, request)));
        }
        if (above != null && above.covered() && !above.decided()) {
            all.add(review(NO_RULE_RULE, undecidedReason(parent, request)));
        }
        Verdict verdict = Verdict.ALLOWED;
        for (Finding finding : all) {
            verdict = verdict.fold(finding.verdict());
        }
        return new JurisdictionDecision(code, verdict, all);
    }

    private static String undecidedReason(String layer, DecisionRequest request) {
        return "The packs in force for " + layer + " on " + request.asOf() + " cover this subject, but none of their"
                + " rules decided it (conditions alone do not); a person must look.";
    }

    private static String noPackReason(Jurisdiction jurisdiction, DecisionRequest request, PackSnapshot snapshot) {
        String what = request.subject() instanceof dev.clearance.rules.model.Product product
                ? "products of type " + product.productType()
                : "subjects of kind " + request.subject().kind();
        boolean someExists = snapshot.packs().stream().anyMatch(p -> p.decides(request.subject())
                && (p.covers(jurisdiction) || jurisdiction.parent().filter(p::covers).isPresent()));
        return someExists
                ? "No pack that decides " + what + " in " + jurisdiction.code() + " was in force on " + request.asOf()
                        + "; a person must look."
                : "No pack decides " + what + " in " + jurisdiction.code() + "; a person must look.";
    }

    private static Finding review(String ruleId, String reason) {
        return new Finding(ruleId, ENGINE, Verdict.REVIEW, reason, null, ENGINE_POLICY, List.of(), List.of(), null);
    }
}
