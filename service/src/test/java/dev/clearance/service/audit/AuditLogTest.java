package dev.clearance.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.service.ServiceTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ServiceTest
class AuditLogTest {

    @Autowired
    private AuditLog log;
    @Autowired
    private JdbcTemplate jdbc;

    private static AuditEntry entry(String overall) {
        String id = UUID.randomUUID().toString();
        return new AuditEntry(id, Instant.now().truncatedTo(ChronoUnit.MILLIS), "key_test", "sha256:abc", overall,
                "{\"subject\":{\"kind\":\"BUSINESS_NAME\",\"name\":\"上海茶叶有限公司\"},\"jurisdictions\":[\"CN\"]}",
                "{\"id\":\"" + id + "\",\"overall\":\"" + overall + "\"}");
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
        List<java.util.Map<String, Object>> row = jdbc.queryForList("SELECT * FROM decision_audit WHERE seq = ?", seq);
        jdbc.update("DELETE FROM decision_audit WHERE seq = ?", seq);
        try {
            ChainReport report = log.verify();

            assertThat(report.intact()).isFalse();
            assertThat(report.reason()).contains("removed");
        } finally {
            java.util.Map<String, Object> r = row.get(0);
            jdbc.update("INSERT INTO decision_audit (seq, decision_id, recorded_at, caller_key_id, pack_set, overall,"
                    + " request_json, decision_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    r.get("SEQ"), r.get("DECISION_ID"), r.get("RECORDED_AT"), r.get("CALLER_KEY_ID"), r.get("PACK_SET"),
                    r.get("OVERALL"), r.get("REQUEST_JSON"), r.get("DECISION_JSON"), r.get("PREV_HASH"), r.get("HASH"));
        }
    }
}
