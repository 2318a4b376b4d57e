package dev.clearance.rules.engine;

import dev.clearance.rules.pack.CompiledPack;
import dev.clearance.rules.pack.TableRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ThreadSafeOption;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Stateful sessions of one pack kept warm between decisions. Each already holds what does not
 * change from one decision to the next: the table rows in force on a date and the queries for a
 * set of jurisdictions. A decision only inserts its subject's facts, fires, and takes them out
 * again, where a fresh session would rebuild its node memory and re-insert every row and query.
 *
 * <p>A session goes back to its pool only when it is as it was lent: its fact count is back to
 * its rows and queries. Packs may not insert or change facts (lint refuses it); this check keeps
 * a session that did anyway from reaching another decision.
 *
 * <p>Memory stays bounded whatever dates and jurisdictions callers ask about: at most
 * {@value #MAX_KEYS} date and jurisdiction sets, each with at most {@code perKey} idle sessions.
 * A new set past the bound empties the pools, which refill with the sets in use. Every session
 * that leaves a pool is disposed, because the knowledge base keeps a reference to each one.
 */
final class WarmSessions {

    static final int MAX_KEYS = 16;

    /**
     * A session is used by one decision at a time (the pool hands it over), so it needs none of
     * Drools' locking of its propagation queue.
     */
    private static final KieSessionConfiguration SINGLE_THREADED = singleThreaded();

    private final CompiledPack pack;
    private final int perKey;
    private final LongAdder opened;
    private final ConcurrentMap<Key, Pool> pools = new ConcurrentHashMap<>();
    /** Set once the snapshot is retired: a session given back afterwards is disposed, never pooled. */
    private volatile boolean closed;

    /**
     * {@code perKey} 0 keeps nothing warm: every evaluation opens a fresh session and disposes it.
     * {@code opened} counts the sessions opened, for the engine's figures.
     */
    WarmSessions(CompiledPack pack, int perKey, LongAdder opened) {
        this.pack = pack;
        this.perKey = perKey;
        this.opened = opened;
    }

    /**
     * Opens, for each date and jurisdiction set that {@code live} keeps sessions for, as many
     * sessions as it has in use now, idle and lent to running decisions (at least one): what the
     * same traffic will want from this pack the moment it swaps over, where every session missing
     * then is opened on a request's time.
     */
    void openLike(WarmSessions live) {
        if (perKey == 0) {
            return;
        }
        live.pools.forEach((key, livePool) -> {
            Pool pool = poolFor(key);
            for (int wanted = Math.max(1, livePool.inUse()); wanted > 0; wanted--) {
                WarmSession session = open(key);
                if (!pool.idle().offer(session)) {
                    session.dispose();
                    return; // this set's pool is full: on to the next set
                }
            }
        });
    }

    /** Runs the pack on {@code asOf} for the jurisdictions {@code codes}, with the decision's own facts. */
    void evaluate(LocalDate asOf, List<String> codes, List<?> decisionFacts, FindingCollector collector) {
        Key key = Key.of(asOf, codes);
        if (perKey == 0 || closed) {
            WarmSession fresh = open(key);
            try {
                fresh.run(decisionFacts, collector);
            } finally {
                fresh.dispose();
            }
            return;
        }
        Pool pool = poolFor(key);
        WarmSession borrowed = pool.idle().poll();
        WarmSession session = borrowed != null ? borrowed : open(key);
        pool.lent().incrementAndGet();
        boolean clean = false;
        try {
            clean = session.run(decisionFacts, collector);
        } finally {
            pool.lent().decrementAndGet();
            giveBack(key, pool, session, clean);
        }
    }

    private void giveBack(Key key, Pool pool, WarmSession session, boolean clean) {
        if (!clean || closed) {
            session.dispose();
            return;
        }
        if (!pool.idle().offer(session)) {
            session.dispose();
        } else if ((closed || pools.get(key) != pool) && pool.idle().remove(session)) {
            session.dispose(); // the pools were emptied or closed while this one was being given back
        }
    }

    private Pool poolFor(Key key) {
        Pool pool = pools.get(key);
        if (pool != null) {
            return pool;
        }
        if (pools.size() >= MAX_KEYS) {
            emptyPools();
        }
        return pools.computeIfAbsent(key, k -> new Pool(new ArrayBlockingQueue<>(perKey), new AtomicInteger()));
    }

    /**
     * Retires these sessions: disposes every idle one, and from now on every one given back
     * (decisions still running on the retired snapshot finish first).
     */
    void close() {
        closed = true;
        emptyPools();
    }

    /** Empties every pool and disposes its sessions; one given back to an emptied pool is disposed then. */
    private void emptyPools() {
        for (Key stale : List.copyOf(pools.keySet())) {
            Pool removed = pools.remove(stale);
            if (removed != null) {
                List<WarmSession> sessions = new ArrayList<>();
                removed.idle().drainTo(sessions);
                sessions.forEach(WarmSession::dispose);
            }
        }
    }

    /** One date and jurisdiction set's idle sessions, and how many of its sessions running decisions hold. */
    private record Pool(BlockingQueue<WarmSession> idle, AtomicInteger lent) {

        int inUse() {
            return idle.size() + lent.get();
        }
    }

    private WarmSession open(Key key) {
        KieSession session = pack.kieBase().newKieSession(SINGLE_THREADED, null);
        session.setGlobal("out", RuleOutput.INSTANCE);
        long resident = 0;
        for (TableRow row : pack.tableRows()) {
            if (row.inForceOn(key.asOf())) {
                session.insert(row.fact());
                resident++;
            }
        }
        for (String code : key.codes()) {
            session.insert(new Query(code, key.asOf()));
            resident++;
        }
        opened.increment();
        return new WarmSession(session, resident);
    }

    private static KieSessionConfiguration singleThreaded() {
        KieSessionConfiguration configuration = KieServices.get().newKieSessionConfiguration();
        configuration.setOption(ThreadSafeOption.NO);
        return configuration;
    }

    /**
     * A pool's key. A request for every jurisdiction has 52 codes, so the hash is computed once,
     * not on each of the two lookups a decision makes.
     */
    private record Key(LocalDate asOf, List<String> codes, int hash) {

        static Key of(LocalDate asOf, List<String> codes) {
            return new Key(asOf, codes, 31 * asOf.hashCode() + codes.hashCode());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && hash == key.hash && asOf.equals(key.asOf) && codes.equals(key.codes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** A session and the number of facts it holds between decisions. */
    private record WarmSession(KieSession kieSession, long resident) {

        /** Fires on the decision's facts and takes them out; true when the session is back as it was. */
        boolean run(List<?> decisionFacts, FindingCollector collector) {
            List<FactHandle> handles = new ArrayList<>(decisionFacts.size());
            RuleOutput.runWith(collector, () -> {
                for (Object fact : decisionFacts) {
                    handles.add(kieSession.insert(fact));
                }
                kieSession.fireAllRules();
            });
            for (FactHandle handle : handles) {
                kieSession.delete(handle);
            }
            return kieSession.getFactCount() == resident;
        }

        void dispose() {
            kieSession.dispose();
        }
    }
}
