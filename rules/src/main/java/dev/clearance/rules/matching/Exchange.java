package dev.clearance.rules.matching;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;

/**
 * The matching engine's front door: many markets, one per contract, each compliance-gated.
 *
 * <p>Thread-safe. Each market is served by one writer at a time (its own lock), so orders in
 * different contracts proceed in parallel while orders in one contract are sequenced. Listing,
 * registration and kill switches, which touch several markets, are serialised among themselves.
 * With a journal directory every market writes its commands ahead of applying them to
 * {@code <directory>/<contractId>.journal}; creating a market whose journal exists recovers it.
 * After a restart, register the participants again before listing (registration is idempotent and
 * journals nothing for an unchanged record): the exchange-wide directory is not journalled.
 */
public final class Exchange implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Exchange.class);
    private static final Pattern CONTRACT_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private final MarketConfig config;
    private final Clock clock;
    private final Optional<Path> journalDirectory;
    private final FsyncPolicy fsync;
    private final Map<String, MarketSession> markets = new ConcurrentHashMap<>();
    private final Map<String, Participant> participants = new LinkedHashMap<>();
    private final ConcurrentLinkedQueue<Alert> alerts = new ConcurrentLinkedQueue<>();
    private final Object admin = new Object();

    private Exchange(MarketConfig config, Clock clock, Optional<Path> journalDirectory, FsyncPolicy fsync) {
        this.config = Objects.requireNonNull(config, "config is required");
        this.clock = Objects.requireNonNull(clock, "clock is required");
        this.journalDirectory = journalDirectory;
        this.fsync = fsync;
    }

    /** An exchange that keeps nothing on disk. */
    public static Exchange inMemory(MarketConfig config, Clock clock) {
        return new Exchange(config, clock, Optional.empty(), FsyncPolicy.NEVER);
    }

    /** An exchange that journals every market under {@code directory} and recovers markets found there. */
    public static Exchange journalled(MarketConfig config, Clock clock, Path directory, FsyncPolicy fsync) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("journal directory " + directory + " does not exist; create it first");
        }
        return new Exchange(config, clock, Optional.of(directory), Objects.requireNonNull(fsync, "fsync is required"));
    }

    /**
     * Lists a contract with its eligibility table. If its journal exists the market is first
     * rebuilt from it; the result then says how many commands were replayed and whether a torn
     * last record was cut off.
     */
    public Optional<ReplayResult> createMarket(String contractId, Eligibility eligibility) {
        if (contractId == null || !CONTRACT_ID.matcher(contractId).matches()) {
            throw new IllegalArgumentException("contract id `" + contractId
                + "` must be 1 to 100 letters, digits, dots, dashes or underscores");
        }
        Objects.requireNonNull(eligibility, "eligibility is required");
        synchronized (admin) {
            if (markets.containsKey(contractId)) {
                throw new IllegalArgumentException("contract `" + contractId + "` is already listed");
            }
            Optional<Journal> journal = journalDirectory.map(dir ->
                FileJournal.open(dir.resolve(contractId + ".journal"), fsync));
            MarketSession session = new MarketSession(contractId, config, journal, alerts::add);
            Optional<ReplayResult> replay = session.recover();
            replay.flatMap(ReplayResult::truncatedTail).ifPresent(torn -> LOG.warn(
                "journal of `{}` ended in a torn record at offset {} ({} bytes, {}); it was cut off",
                contractId, torn.offset(), torn.bytes(), torn.problem()));
            session.updateEligibility(eligibility);
            participants.values().forEach(session::register);
            markets.put(contractId, session);
            return replay.filter(result -> result.commands() > 0 || result.truncatedTail().isPresent());
        }
    }

    /**
     * Registers a participant in every market, or refreshes its record. Every market checks the
     * record first, so a refusal (e.g. a new affiliate group while exposure is booked to the old
     * one) changes nothing and reaches no journal.
     */
    public void registerParticipant(Participant participant) {
        Objects.requireNonNull(participant, "participant is required");
        synchronized (admin) {
            markets.values().forEach(session -> session.checkRegistration(participant));
            participants.put(participant.id(), participant);
            markets.values().forEach(session -> session.register(participant));
        }
    }

    /**
     * Replaces a contract's eligibility table (recomputed by the rule packs); participants of
     * jurisdictions that stop being eligible lose their resting orders.
     */
    public EligibilityChange updateEligibility(String contractId, Eligibility eligibility) {
        return market(contractId).updateEligibility(Objects.requireNonNull(eligibility, "eligibility is required"));
    }

    /** Places an order; the result carries the order id, the gate's outcome and the fills. */
    public OrderResult place(OrderRequest order) {
        return market(order.contractId()).place(order, now());
    }

    /** Cancels a resting order on its owner's request. */
    public ReasonCode cancel(String contractId, long orderId, String participantId) {
        return market(contractId).cancel(orderId, participantId, now());
    }

    /** Engages or releases a participant's kill switch in every market. */
    public void killSwitch(String participantId, boolean engaged) {
        synchronized (admin) {
            if (!participants.containsKey(participantId)) {
                throw new IllegalArgumentException("participant `" + participantId + "` is not registered");
            }
            markets.values().forEach(session -> session.killSwitch(participantId, engaged));
        }
    }

    public BookSnapshot book(String contractId) {
        return market(contractId).book();
    }

    /** Every trade of a contract, oldest first. */
    public List<TradeRecord> trades(String contractId) {
        return market(contractId).trades();
    }

    /** Every surveillance alert raised so far, oldest first. */
    public List<Alert> alerts() {
        return List.copyOf(alerts);
    }

    /** How many trades of a contract had an affiliated market maker on one side. */
    public long affiliatedTradeCount(String contractId) {
        return market(contractId).affiliatedTradeCount();
    }

    @Override
    public void close() {
        synchronized (admin) {
            markets.values().forEach(MarketSession::close);
        }
    }

    private MarketSession market(String contractId) {
        MarketSession session = markets.get(contractId);
        if (session == null) {
            throw new IllegalArgumentException("no market for contract `" + contractId + "`; list it with createMarket first");
        }
        return session;
    }

    private long now() {
        Instant instant = clock.instant();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
