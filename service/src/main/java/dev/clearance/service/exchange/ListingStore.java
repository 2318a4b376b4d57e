package dev.clearance.service.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.rules.model.Subject;
import dev.clearance.rules.model.Verdict;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@code listing} and {@code listing_event} tables. */
@Repository
class ListingStore {

    private static final TypeReference<List<JurisdictionStanding>> STANDINGS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    ListingStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores a new listing with its first event. */
    @Transactional
    public void insert(Listing listing) {
        jdbc.update("INSERT INTO listing (id, listed_at, listed_by, subject_json, decision_id, snapshot_hash,"
                + " eligibility_json) VALUES (?, ?, ?, ?, ?, ?, ?)", listing.id(), Timestamp.from(listing.listedAt()),
                listing.listedBy(), write(listing.subject()), listing.decisionId(), listing.snapshotHash(),
                write(listing.eligibility()));
        append(listing.id(), listing.events());
    }

    /** Records a new decision of a listing and the changes it made. */
    @Transactional
    public void update(String id, String decisionId, String snapshotHash, List<JurisdictionStanding> eligibility,
            List<ListingEvent> events) {
        jdbc.update("UPDATE listing SET decision_id = ?, snapshot_hash = ?, eligibility_json = ? WHERE id = ?",
                decisionId, snapshotHash, write(eligibility), id);
        append(id, events);
    }

    Optional<Listing> find(String id) {
        return jdbc.query("SELECT * FROM listing WHERE id = ?", (rs, row) -> listing(rs), id).stream().findFirst();
    }

    List<String> ids() {
        return jdbc.queryForList("SELECT id FROM listing ORDER BY listed_at, id", String.class);
    }

    private void append(String id, List<ListingEvent> events) {
        int seq = jdbc.queryForObject("SELECT COALESCE(MAX(seq), 0) FROM listing_event WHERE listing_id = ?",
                Integer.class, id);
        for (ListingEvent event : events) {
            jdbc.update("INSERT INTO listing_event (listing_id, seq, recorded_at, kind, jurisdiction, old_verdict,"
                    + " new_verdict, rules_added, rules_removed, decision_id, snapshot_hash)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, ++seq, Timestamp.from(event.at()),
                    event.kind().name(), event.jurisdiction(), nameOf(event.oldVerdict()), event.newVerdict().name(),
                    String.join(",", event.rulesAdded()), String.join(",", event.rulesRemoved()), event.decisionId(),
                    event.snapshotHash());
        }
    }

    private Listing listing(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        List<ListingEvent> events = jdbc.query("SELECT * FROM listing_event WHERE listing_id = ? ORDER BY seq",
                (e, row) -> new ListingEvent(e.getTimestamp("recorded_at").toInstant(),
                        ListingEvent.Kind.valueOf(e.getString("kind")), e.getString("jurisdiction"),
                        verdictOf(e.getString("old_verdict")), Verdict.valueOf(e.getString("new_verdict")),
                        ruleIds(e.getString("rules_added")), ruleIds(e.getString("rules_removed")),
                        e.getString("decision_id"), e.getString("snapshot_hash")), id);
        return new Listing(id, rs.getTimestamp("listed_at").toInstant(), rs.getString("listed_by"),
                read(rs.getString("subject_json"), json.constructType(Subject.class)), rs.getString("decision_id"),
                rs.getString("snapshot_hash"), read(rs.getString("eligibility_json"), json.constructType(STANDINGS)), events);
    }

    private static List<String> ruleIds(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static String nameOf(Verdict verdict) {
        return verdict == null ? null : verdict.name();
    }

    private static Verdict verdictOf(String name) {
        return name == null ? null : Verdict.valueOf(name);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a listing could not be written as JSON", e);
        }
    }

    private <T> T read(String text, JavaType type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored listing could not be read back: " + e.getOriginalMessage(), e);
        }
    }
}
