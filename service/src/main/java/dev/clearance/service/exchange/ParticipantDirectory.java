package dev.clearance.service.exchange;

import dev.clearance.rules.matching.Exchange;
import dev.clearance.rules.matching.Participant;
import dev.clearance.rules.matching.SelfTradeMode;
import dev.clearance.rules.model.Jurisdiction;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trading accounts: kept in the {@code participant} table and registered in every market of
 * the matching core. Registering an id again replaces its record.
 */
@Repository
class ParticipantDirectory {

    private final JdbcTemplate jdbc;
    private final Exchange exchange;
    private final Clock clock;

    ParticipantDirectory(JdbcTemplate jdbc, Exchange exchange, Clock clock) {
        this.jdbc = jdbc;
        this.exchange = exchange;
        this.clock = clock;
    }

    @Transactional
    public Participant register(ParticipantRegistration registration, String keyId) {
        Participant participant = new Participant(registration.id(), registration.beneficialOwner(),
                registration.affiliateGroup(), jurisdiction(registration.jurisdiction()), ageOf(registration),
                registration.ageVerified(), registration.affiliatedMarketMaker(), registration.selfTradePrevention());
        jdbc.update("DELETE FROM participant WHERE id = ?", participant.id());
        jdbc.update("INSERT INTO participant (id, beneficial_owner, affiliate_group, jurisdiction, age_years,"
                + " age_verified, affiliated_market_maker, self_trade_mode, registered_at, registered_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", participant.id(), participant.beneficialOwner(),
                participant.affiliateGroup(), participant.jurisdiction(), participant.ageYears(),
                participant.ageVerified(), participant.affiliatedMarketMaker(), participant.selfTradeMode().name(),
                Timestamp.from(clock.instant()), keyId);
        try {
            exchange.registerParticipant(participant);
        } catch (IllegalArgumentException refused) {
            throw ExchangeErrors.invalid("affiliateGroup", refused.getMessage()); // rolls the stored row back too
        }
        return participant;
    }

    Optional<Participant> find(String id) {
        return jdbc.query("SELECT * FROM participant WHERE id = ?", (rs, row) -> participant(rs), id)
                .stream().findFirst();
    }

    /** Registers every stored account with the matching core again, as it keeps no directory across restarts. */
    void restoreAll() {
        List<Participant> all = jdbc.query("SELECT * FROM participant ORDER BY id", (rs, row) -> participant(rs));
        all.forEach(exchange::registerParticipant);
    }

    /**
     * Where the participant lives. A layer with jurisdictions beneath it (the US federal layer) is
     * refused: its verdict alone would let a participant trade past the state's own law.
     */
    private static String jurisdiction(String code) {
        Jurisdiction found = Jurisdiction.find(code).orElseThrow(() -> ExchangeErrors.invalid("jurisdiction",
                "unknown jurisdiction `" + code + "`; use an ISO 3166 code such as US-NJ or CN"));
        if (found.hasSubdivisions()) {
            throw ExchangeErrors.invalid("jurisdiction", "`" + found.code() + "` is a layer above the places people live;"
                    + " register the participant in their state or DC, e.g. US-NJ");
        }
        return found.code();
    }

    private int ageOf(ParticipantRegistration registration) {
        if ((registration.age() == null) == (registration.dateOfBirth() == null)) {
            throw ExchangeErrors.invalid("age", "give either age or dateOfBirth, not both and not neither");
        }
        return registration.age() != null ? registration.age()
                : Period.between(registration.dateOfBirth(), LocalDate.now(clock)).getYears();
    }

    private static Participant participant(ResultSet rs) throws SQLException {
        return new Participant(rs.getString("id"), rs.getString("beneficial_owner"), rs.getString("affiliate_group"),
                rs.getString("jurisdiction"), rs.getInt("age_years"), rs.getBoolean("age_verified"),
                rs.getBoolean("affiliated_market_maker"), SelfTradeMode.valueOf(rs.getString("self_trade_mode")));
    }
}
