package dev.clearance.service.packs;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code pack_publication} table: who made which snapshot live, when, replacing which. */
@Repository
class PublicationLog {

    private final JdbcTemplate jdbc;

    PublicationLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Publication record(String keyId, String snapshotHash, String previousHash, String packs, Instant at) {
        Publication publication = new Publication(UUID.randomUUID().toString(), at, keyId, snapshotHash, previousHash, packs);
        jdbc.update("INSERT INTO pack_publication (id, published_at, key_id, snapshot_hash, previous_hash, packs)"
                + " VALUES (?, ?, ?, ?, ?, ?)", publication.id(), Timestamp.from(at), keyId, snapshotHash,
                previousHash, packs);
        return publication;
    }

    /** One publication as recorded; {@code packs} lists {@code id@version} of the new set. */
    record Publication(String id, Instant publishedAt, String keyId, String snapshotHash, String previousHash,
            String packs) {
    }
}
