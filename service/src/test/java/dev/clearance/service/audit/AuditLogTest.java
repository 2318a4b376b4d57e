package dev.clearance.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.service.ServiceTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@ServiceTest
class AuditLogTest {

    @Autowired
    private AuditLog log;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PlatformTransactionManager transactionManager;

    private static AuditEntry entry(String overall) {
        String id = UUID.randomUUID().toString();
        return new AuditEntry(id, Instant.now().truncatedTo(ChronoUnit.MILLIS), "key_test", "sha256:abc", overall,
                "{\"subject\":{\"kind\":\"BUSINESS_NAME\",\"name\":\"上海茶叶有限公司\"},\"jurisdictions\":[\"CN\"]}",
                utf8("{\"id\":\"" + id + "\",\"overall\":\"" + overall + "\"}"));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aChainOfAppendedDecisionsVerifiesIntact() {
        log.append(entry("ALLOWED"));
        long last = log.append(entry("PROHIBITED"));

        ChainReport report = log.verify();

        assertThat(report.intact()).isTrue();
        assertThat(report.checked()).as("every row up to the last one appended").isEqualTo(last);
    }

    @Test
    void concurrentAppendsGetDistinctConsecutiveSequenceNumbersAndKeepTheChainIntact() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> appended = IntStream.range(0, 200)
                    .mapToObj(i -> pool.submit(() -> log.append(entry("REVIEW")))).toList();
            List<Long> seqs = appended.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();

            assertThat(seqs).doesNotHaveDuplicates();
            assertThat(log.verify().intact()).isTrue();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void twoServiceInstancesWritingToOneDatabaseTakeTurnsAtTheChainHead() throws Exception {
        AuditLog otherInstance = new AuditLog(jdbc, new TransactionTemplate(transactionManager), 8);
        otherInstance.start();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> appended = IntStream.range(0, 200)
                    .mapToObj(i -> pool.submit(() -> (i % 2 == 0 ? log : otherInstance).append(entry("REVIEW")))).toList();
            List<Long> seqs = new ArrayList<>();
            for (Future<Long> future : appended) {
                seqs.add(future.get());
            }

            assertThat(seqs).doesNotHaveDuplicates();
            assertThat(log.verify().intact()).isTrue();
        } finally {
            pool.shutdown();
            otherInstance.stop();
        }
    }

    @Test
    void anAlteredDecisionIsReportedAsTheFirstBrokenLink() {
        AuditEntry original = entry("PROHIBITED");
        long seq = log.append(original);
        log.append(entry("ALLOWED"));
        jdbc.update("UPDATE decision_audit SET overall = 'ALLOWED' WHERE seq = ?", seq);
        try {
            ChainReport report = log.verify();

            assertThat(report.intact()).isFalse();
            assertThat(report.brokenAtSeq()).isEqualTo(seq);
            assertThat(report.decisionId()).isEqualTo(original.decisionId());
            assertThat(report.reason()).contains("altered");
        } finally {
            jdbc.update("UPDATE decision_audit SET overall = 'PROHIBITED' WHERE seq = ?", seq);
        }
    }

    @Test
    void anAlteredDecisionBeyondTheFirstPageOfTheChainIsFound() {
        IntStream.range(0, 1_200).forEach(i -> log.append(entry("CONDITIONAL")));
        AuditEntry original = entry("PROHIBITED");
        long seq = log.append(original);
        log.append(entry("ALLOWED"));
        jdbc.update("UPDATE decision_audit SET overall = 'ALLOWED' WHERE seq = ?", seq);
        try {
            ChainReport report = log.verify();

            assertThat(seq).as("the altered row lies past the first pages").isGreaterThan(1_000);
            assertThat(report.intact()).isFalse();
            assertThat(report.brokenAtSeq()).isEqualTo(seq);
        } finally {
            jdbc.update("UPDATE decision_audit SET overall = 'PROHIBITED' WHERE seq = ?", seq);
        }
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void aRemovedLastDecisionIsReported() {
        long seq = log.append(entry("ALLOWED"));
        List<Map<String, Object>> row = jdbc.queryForList("SELECT * FROM decision_audit WHERE seq = ?", seq);
        jdbc.update("DELETE FROM decision_audit WHERE seq = ?", seq);
        try {
            ChainReport report = log.verify();

            assertThat(report.intact()).isFalse();
            assertThat(report.reason()).contains("removed");
        } finally {
            Map<String, Object> r = row.get(0);
            jdbc.update("INSERT INTO decision_audit (seq, decision_id, recorded_at, caller_key_id, pack_set, overall,"
                    + " request_json, decision_deflated, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    r.get("SEQ"), r.get("DECISION_ID"), r.get("RECORDED_AT"), r.get("CALLER_KEY_ID"), r.get("PACK_SET"),
                    r.get("OVERALL"), r.get("REQUEST_JSON"), r.get("DECISION_DEFLATED"), r.get("PREV_HASH"), r.get("HASH"));
        }
    }

    @Test
    void aDecisionIsServedBackAsTheBytesItWasAnsweredWith() {
        AuditEntry entry = entry("REVIEW");
        log.append(entry);

        assertThat(log.decisionJson(entry.decisionId())).hasValue(entry.decisionJson());
    }

    @Test
    void aDecisionIsStoredDeflated() {
        AuditEntry entry = new AuditEntry(UUID.randomUUID().toString(), Instant.now().truncatedTo(ChronoUnit.MILLIS),
                "key_test", "sha256:abc", "REVIEW", "{}", utf8("{\"findings\":[" + "{\"reason\":\"same text\"},".repeat(500) + "{}]}"));
        long seq = log.append(entry);

        byte[] stored = jdbc.queryForObject("SELECT decision_deflated FROM decision_audit WHERE seq = ?", byte[].class, seq);
        assertThat(stored).hasSizeLessThan(entry.decisionJson().length / 10);
    }

    @Test
    void aRowStoredAsTextBeforeDeflationStillVerifiesAndIsServed() {
        AuditEntry legacy = entry("PROHIBITED");
        Map<String, Object> head = jdbc.queryForMap("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1");
        long seq = ((Number) head.get("LAST_SEQ")).longValue() + 1;
        String hash = AuditChain.hash((String) head.get("LAST_HASH"), seq, legacy);
        jdbc.update("INSERT INTO decision_audit (seq, decision_id, recorded_at, caller_key_id, pack_set, overall,"
                + " request_json, decision_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                seq, legacy.decisionId(), OffsetDateTime.ofInstant(legacy.recordedAt(), ZoneOffset.UTC), legacy.callerKeyId(),
                legacy.packSet(), legacy.overall(), legacy.requestJson(), new String(legacy.decisionJson(), StandardCharsets.UTF_8),
                head.get("LAST_HASH"), hash);
        jdbc.update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, hash);
        log.append(entry("ALLOWED"));

        assertThat(log.verify().intact()).isTrue();
        assertThat(log.decisionJson(legacy.decisionId())).hasValue(legacy.decisionJson());
    }

    @Test
    void aDeflatedDecisionThatNoLongerInflatesIsReportedAsAltered() {
        AuditEntry original = entry("PROHIBITED");
        long seq = log.append(original);
        byte[] stored = jdbc.queryForObject("SELECT decision_deflated FROM decision_audit WHERE seq = ?", byte[].class, seq);
        jdbc.update("UPDATE decision_audit SET decision_deflated = ? WHERE seq = ?",
                Arrays.copyOf(stored, stored.length / 2), seq);
        try {
            ChainReport report = log.verify();

            assertThat(report.intact()).isFalse();
            assertThat(report.brokenAtSeq()).isEqualTo(seq);
            assertThat(report.reason()).contains("cannot be read back").contains("altered");
        } finally {
            jdbc.update("UPDATE decision_audit SET decision_deflated = ? WHERE seq = ?", stored, seq);
        }
    }
}
