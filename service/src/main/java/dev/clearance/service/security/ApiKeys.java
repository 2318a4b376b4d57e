package dev.clearance.service.security;

import dev.clearance.rules.io.Sha256;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * API keys in the {@code api_key} table, stored as SHA-256 of the key: the keys are 32 random
 * bytes, so a plain hash is enough and a lookup costs one digest. Known keys are cached, since
 * keys are never changed once issued.
 */
@Repository
public class ApiKeys {

    private static final String PREFIX = "clr_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<String, ApiKey> byHash = new ConcurrentHashMap<>();

    ApiKeys(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Creates a key; the returned {@link IssuedKey#key()} is the only time the key exists in clear. */
    public IssuedKey create(Role role, String label, String createdBy) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        byte[] id = new byte[6];
        RANDOM.nextBytes(id);
        IssuedKey issued = new IssuedKey("key_" + HexFormat.of().formatHex(id), role, label, key);
        jdbc.update("INSERT INTO api_key (id, key_hash, role, label, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)",
                issued.id(), sha256(key), role.name(), label, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
                createdBy);
        return issued;
    }

    public Optional<ApiKey> find(String presented) {
        String hash = sha256(presented);
        ApiKey cached = byHash.get(hash);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<ApiKey> stored = jdbc.query("SELECT id, role, label FROM api_key WHERE key_hash = ?",
                (rs, row) -> new ApiKey(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3)), hash)
                .stream().findFirst();
        stored.ifPresent(key -> byHash.put(hash, key));
        return stored;
    }

    public long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM api_key", Long.class);
    }

    private static String sha256(String key) {
        return Sha256.hex(key);
    }
}
