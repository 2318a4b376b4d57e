package dev.clearance.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.service.security.ApiKeys;
import dev.clearance.service.security.Role;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The audit log and keys on PostgreSQL with the same migrations, when a server is reachable at
 * {@code CLEARANCE_PG_URL} (with {@code CLEARANCE_PG_USER}, {@code CLEARANCE_PG_PASSWORD}); skipped otherwise.
 * The test empties the audit table, so point it at a throwaway database.
 */
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
class PostgresAuditTest {

    private static final String URL = System.getenv("CLEARANCE_PG_URL");
    private static final String USER = System.getenv().getOrDefault("CLEARANCE_PG_USER", "clearance");
    private static final String PASSWORD = System.getenv().getOrDefault("CLEARANCE_PG_PASSWORD", "");

    @Autowired
    private AuditLog log;
    @Autowired
    private ApiKeys keys;
    @Autowired
    private JdbcTemplate jdbc;

    @BeforeAll
    static void requireAReachableServer() {
        Assumptions.assumeTrue(URL != null, "CLEARANCE_PG_URL is not set: no PostgreSQL server to test against");
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
            Assumptions.assumeTrue(connection.isValid(5), "PostgreSQL at " + URL + " does not answer");
        } catch (SQLException e) {
            Assumptions.assumeTrue(false, "PostgreSQL at " + URL + " is not reachable: " + e.getMessage());
        }
    }

    @DynamicPropertySource
    static void postgresUrl(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
    }

    @Test
    void appendsAndVerifiesTheHashChainOnPostgres() {
        jdbc.update("DELETE FROM decision_audit");
        jdbc.update("UPDATE audit_chain_head SET last_seq = 0, last_hash = ? WHERE id = 1", AuditChain.GENESIS);
        for (String overall : new String[] {"ALLOWED", "REVIEW", "PROHIBITED"}) {
            String id = UUID.randomUUID().toString();
            log.append(new AuditEntry(id, Instant.now().truncatedTo(ChronoUnit.MILLIS), "key_pg", "sha256:pg", overall,
                    "{\"subject\":{\"kind\":\"BUSINESS_NAME\",\"name\":\"上海茶叶有限公司\"}}",
                    ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8)));
        }

        assertThat(log.verify()).isEqualTo(new ChainReport(true, 3, null, null, null));
    }

    @Test
    void storesKeysAsHashesThatFindTheirKey() {
        String key = keys.create(Role.READER, "postgres test", null).key();

        assertThat(keys.find(key)).map(dev.clearance.service.security.ApiKey::role).contains(Role.READER);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_key WHERE key_hash = ?", Long.class, key)).isZero();
    }
}
