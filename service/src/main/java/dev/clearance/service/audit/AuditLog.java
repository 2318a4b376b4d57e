package dev.clearance.service.audit;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hash-chained log of every decision. One writer thread appends: callers queue their entry
 * and wait until it is committed, and the writer commits whatever has queued meanwhile in one
 * transaction (group commit), so appends are serialized without one commit per request. The
 * writer also locks the chain-head row (by updating it before it reads it), which keeps the
 * chain whole even when several service instances share one PostgreSQL database.
 */
@Component
public class AuditLog implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private static final String COLUMNS = "seq, decision_id, recorded_at, caller_key_id, pack_set, overall,"
            + " request_json, decision_json, decision_deflated, prev_hash, hash";
    /** New rows store the decision deflated; {@code decision_json} holds the text of rows written before V3. */
    private static final String INSERTED_COLUMNS = "seq, decision_id, recorded_at, caller_key_id, pack_set, overall,"
            + " request_json, decision_deflated, prev_hash, hash";

    /** The lifecycle phase: well before the web server, so every request finds the log running. */
    public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 10_000;

    /** Rows read per query when verifying: bounded memory whatever the size of the chain. */
    private static final int VERIFY_PAGE_ROWS = 500;
    /** The id of {@code audit_chain_head}'s one row. */
    private static final int HEAD_ROW = 1;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final int maxBatch;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private Thread writer;

    AuditLog(JdbcTemplate jdbc, TransactionTemplate transactions, @Value("${clearance.audit.max-batch}") int maxBatch) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.maxBatch = maxBatch;
    }

    /** The end of the chain as the head row records it. */
    private record Head(long seq, String hash) {
    }

    /**
     * An entry waiting for the writer, its decision already deflated and measured by the caller's
     * thread: the one writer serves every request, so it does only what must be done in order.
     */
    private record Pending(AuditEntry entry, byte[] deflatedDecision, int decisionUtf16Length,
            CompletableFuture<Long> committed) {
    }

    /** Appends the entry and returns its sequence number once committed; throws if it could not be stored. */
    public long append(AuditEntry entry) {
        if (!running) {
            throw new IllegalStateException("the audit log is not running");
        }
        Pending pending = new Pending(entry, StoredJson.deflate(entry.decisionJson()),
                AuditChain.utf16Length(entry.decisionJson()), new CompletableFuture<>());
        queue.add(pending);
        try {
            return pending.committed().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the decision could not be written to the audit log", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing to the audit log", e);
        }
    }

    /**
     * The decision JSON (UTF-8) stored under this id; throws {@link UnreadableRecordException}
     * when the row no longer reads back.
     */
    public Optional<byte[]> decisionJson(String decisionId) {
        return jdbc.query("SELECT decision_json, decision_deflated FROM decision_audit WHERE decision_id = ?",
                (rs, row) -> storedDecision(rs), decisionId).stream().findFirst();
    }

    private static byte[] storedDecision(ResultSet rs) throws SQLException {
        byte[] deflated = rs.getBytes("decision_deflated");
        return deflated != null ? StoredJson.inflate(deflated) : rs.getString("decision_json").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Walks the chain from the first row to the chain head and reports the first broken link. It
     * reads a page of rows at a time: a database may hold a whole result in memory, and a chain
     * of decisions for every jurisdiction runs to gigabytes.
     */
    public ChainReport verify() {
        Head head = readHead();
        ChainWalk walk = new ChainWalk();
        for (long from = 0; from < head.seq() && walk.broken == null; from += VERIFY_PAGE_ROWS) {
            jdbc.query("SELECT " + COLUMNS + " FROM decision_audit WHERE seq > ? AND seq <= ? ORDER BY seq", walk::next,
                    from, Math.min(from + VERIFY_PAGE_ROWS, head.seq()));
        }
        if (walk.broken != null) {
            return walk.broken;
        }
        if (walk.checked != head.seq() || !walk.prevHash.equals(head.hash())) {
            return ChainReport.broken(walk.checked, walk.checked + 1, null,
                    "the chain head names row " + head.seq() + " but the rows end at " + walk.checked
                            + " or hash differently: rows were removed from the end");
        }
        return ChainReport.intact(walk.checked);
    }

    /** Checks rows in order, remembering the first break. */
    private static final class ChainWalk {
        private long checked;
        private String prevHash = AuditChain.GENESIS;
        private ChainReport broken;

        void next(ResultSet rs) throws SQLException {
            if (broken != null) {
                return;
            }
            long seq = rs.getLong("seq");
            AuditEntry entry;
            try {
                entry = entry(rs);
            } catch (UnreadableRecordException e) {
                broken = ChainReport.broken(checked, seq, rs.getString("decision_id"),
                        "the stored decision cannot be read back (" + e.getMessage() + "): the row was altered");
                return;
            }
            if (seq != checked + 1) {
                broken = ChainReport.broken(checked, checked + 1, null,
                        "row " + (checked + 1) + " is missing: the next row is " + seq);
            } else if (!rs.getString("prev_hash").equals(prevHash)) {
                broken = ChainReport.broken(checked, seq, entry.decisionId(),
                        "prev_hash does not match the hash of row " + checked + ": a row before it was altered or replaced");
            } else if (!AuditChain.hash(prevHash, seq, entry).equals(rs.getString("hash"))) {
                broken = ChainReport.broken(checked, seq, entry.decisionId(),
                        "the row's content does not match its hash: the row was altered");
            } else {
                checked = seq;
                prevHash = rs.getString("hash");
            }
        }
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getString("decision_id"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("caller_key_id"), rs.getString("pack_set"), rs.getString("overall"),
                rs.getString("request_json"), storedDecision(rs));
    }

    /** Runs until stopped and everything queued before the stop is written. */
    private void writeLoop() {
        List<Pending> batch = new ArrayList<>(maxBatch);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            queue.drainTo(batch, maxBatch - 1);
            try {
                List<Long> seqs = transactions.execute(status -> appendInOneTransaction(batch));
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).committed().complete(seqs.get(i));
                }
            } catch (RuntimeException e) {
                LOG.error("audit append of {} decision(s) failed", batch.size(), e);
                batch.forEach(p -> p.committed().completeExceptionally(e));
            }
            batch.clear();
        }
    }

    private List<Long> appendInOneTransaction(List<Pending> batch) {
        // The head row's lock is taken by an update rather than SELECT ... FOR UPDATE, which H2
        // parses afresh every time (it keeps no FOR UPDATE query in its statement cache): on the
        // one writer every request waits for, that parse was two fifths of the writer's time.
        jdbc.update("UPDATE audit_chain_head SET last_seq = last_seq WHERE id = ?", HEAD_ROW);
        Head head = readHead();
        long seq = head.seq();
        String prevHash = head.hash();
        List<Object[]> rows = new ArrayList<>(batch.size());
        List<Long> seqs = new ArrayList<>(batch.size());
        for (Pending pending : batch) {
            AuditEntry e = pending.entry();
            seq++;
            String hash = AuditChain.hash(prevHash, seq, e, pending.decisionUtf16Length());
            rows.add(new Object[] {seq, e.decisionId(), OffsetDateTime.ofInstant(e.recordedAt(), ZoneOffset.UTC),
                e.callerKeyId(), e.packSet(), e.overall(), e.requestJson(), pending.deflatedDecision(), prevHash, hash});
            seqs.add(seq);
            prevHash = hash;
        }
        jdbc.batchUpdate("INSERT INTO decision_audit (" + INSERTED_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = ?", seq, prevHash, HEAD_ROW);
        return seqs;
    }

    private Head readHead() {
        return jdbc.queryForObject("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = ?",
                (rs, row) -> new Head(rs.getLong(1), rs.getString(2)), HEAD_ROW);
    }

    @Override
    public void start() {
        running = true;
        writer = new Thread(this::writeLoop, "audit-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Stops after the web server has drained its requests, writing what they queued. */
    @Override
    public void stop() {
        running = false;
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before and stops after the web server (whose phases are just below the default). */
    @Override
    public int getPhase() {
        return PHASE;
    }
}
