package dev.clearance.service.exchange;

import dev.clearance.rules.matching.Eligibility;
import dev.clearance.rules.matching.EligibilityChange;
import dev.clearance.rules.matching.Exchange;
import dev.clearance.rules.matching.JurisdictionEligibility;
import dev.clearance.rules.model.Decision;
import dev.clearance.rules.model.DecisionRequest;
import dev.clearance.rules.model.Jurisdiction;
import dev.clearance.rules.model.Subject;
import dev.clearance.rules.model.SubjectKind;
import dev.clearance.rules.pack.LivePacks;
import dev.clearance.service.decision.DecisionService;
import dev.clearance.service.packs.PackSnapshotPublished;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Lists event contracts on the matching core with the eligibility the rule packs give them in
 * every jurisdiction, and decides every listing again whenever another pack snapshot goes live:
 * jurisdictions that stop being tradable halt (their resting orders are cancelled), those that
 * become tradable reopen, and each change is stored with the listing. Listing and re-deciding
 * are serialised, so a listing decided on the old snapshot during a publication is re-decided too.
 */
@Service
class ListingService {

    private static final Logger LOG = LoggerFactory.getLogger(ListingService.class);

    private final DecisionService decisions;
    private final ListingStore store;
    private final Exchange exchange;
    private final LivePacks live;
    private final Clock clock;
    private final Set<String> open = ConcurrentHashMap.newKeySet();

    ListingService(DecisionService decisions, ListingStore store, Exchange exchange, LivePacks live, Clock clock) {
        this.decisions = decisions;
        this.store = store;
        this.exchange = exchange;
        this.live = live;
        this.clock = clock;
    }

    /**
     * Decides the contract in every jurisdiction and lists it, unless it is tradable nowhere (every
     * jurisdiction PROHIBITED or REVIEW: no pack decides event contracts for CN, so "PROHIBITED
     * everywhere" alone could never refuse anything).
     */
    synchronized Listing list(Subject subject, String keyId) {
        if (subject.kind() != SubjectKind.EVENT_CONTRACT) {
            throw ExchangeErrors.invalid("subject.kind", "only an EVENT_CONTRACT can be listed, not " + subject.kind());
        }
        Decision decision = decide(subject, keyId);
        List<JurisdictionStanding> eligibility = standings(decision);
        if (eligibility.stream().noneMatch(JurisdictionStanding::tradable)) {
            throw new ListingRefusedException(decision.id(), eligibility);
        }
        Instant now = now();
        Listing listing = new Listing(UUID.randomUUID().toString(), now, keyId, subject, decision.id(),
                decision.packSet(), eligibility, List.of(new ListingEvent(now, ListingEvent.Kind.LISTED, null, null,
                        decision.overall(), List.of(), List.of(), decision.id(), decision.packSet())));
        store.insert(listing);
        open(listing);
        LOG.info("Key {} listed {} ({}), tradable in {} jurisdictions", keyId, listing.id(), decision.packSet(),
                eligibility.stream().filter(JurisdictionStanding::tradable).count());
        return listing;
    }

    Listing find(String id) {
        return store.find(id).orElseThrow(() -> ExchangeErrors.unknownListing(id));
    }

    /** Throws the 404 problem unless the listing's market is open. */
    void requireOpen(String id) {
        if (!open.contains(id)) {
            throw ExchangeErrors.unknownListing(id);
        }
    }

    /** Opens the markets of every stored listing (their books recover from the journals) and re-decides stale ones. */
    synchronized void openStored() {
        store.ids().stream().map(this::find).forEach(this::open);
        redecideStale("system (start-up)");
    }

    @EventListener
    void onPublished(PackSnapshotPublished publication) {
        redecideStale(publication.keyId());
    }

    /**
     * Once a day the law changes by date alone (a court order takes effect, a table row ends), so
     * every listing is decided again; an event is written only where a jurisdiction changed.
     */
    @Scheduled(cron = "${clearance.exchange.redecide-cron:0 5 0 * * *}", zone = "UTC")
    void redecideDaily() {
        redecideAll("system (daily)");
    }

    synchronized void redecideAll(String keyId) {
        redecideEach(store.ids().stream().map(this::find).toList(), keyId);
    }

    /** Re-decides every listing whose decision came from another snapshot than the live one. */
    synchronized void redecideStale(String keyId) {
        String liveHash = live.current().hash();
        redecideEach(store.ids().stream().map(this::find)
                .filter(listing -> !listing.snapshotHash().equals(liveHash)).toList(), keyId);
    }

    /**
     * Re-decides each listing on its own: one that fails does not stop the others, and it halts in
     * every jurisdiction (fails closed) until a later re-decision succeeds. The failures are raised
     * together at the end.
     */
    private void redecideEach(List<Listing> stale, String keyId) {
        List<String> failed = new ArrayList<>();
        for (Listing listing : stale) {
            try {
                redecide(listing, keyId);
            } catch (RuntimeException e) {
                LOG.error("Listing {} could not be re-decided; it is halted everywhere until it can be", listing.id(), e);
                exchange.updateEligibility(listing.id(), new Eligibility(Map.of()));
                failed.add(listing.id());
            }
        }
        if (!failed.isEmpty()) {
            throw new IllegalStateException("these listings could not be re-decided and are halted everywhere: " + failed);
        }
    }

    private void redecide(Listing listing, String keyId) {
        Decision decision = decide(listing.subject(), keyId);
        List<JurisdictionStanding> eligibility = standings(decision);
        List<ListingEvent> events = ListingEvent.changes(listing.eligibility(), eligibility, now(), decision.id(),
                decision.packSet());
        // Halt first: the market must stop taking orders where the packs no longer allow them before anything else.
        EligibilityChange change = exchange.updateEligibility(listing.id(), eligibility(eligibility));
        store.update(listing.id(), decision.id(), decision.packSet(), eligibility, events);
        LOG.info("Listing {} re-decided on {}: halted {}, reopened {}, {} resting orders cancelled, {} changes",
                listing.id(), decision.packSet(), change.halted(), change.reopened(), change.cancelledOrders(),
                events.size());
    }

    private void open(Listing listing) {
        exchange.createMarket(listing.id(), eligibility(listing.eligibility())).ifPresent(replay -> LOG.info(
                "Listing {}: market recovered from its journal ({} commands)", listing.id(), replay.commands()));
        open.add(listing.id());
    }

    private Decision decide(Subject subject, String keyId) {
        return decisions.decide(new DecisionRequest(subject, Jurisdiction.all(), LocalDate.now(clock)), keyId);
    }

    private static List<JurisdictionStanding> standings(Decision decision) {
        return decision.jurisdictions().stream().map(JurisdictionStanding::of).toList();
    }

    private static Eligibility eligibility(List<JurisdictionStanding> standings) {
        Map<String, JurisdictionEligibility> table = standings.stream()
                .collect(Collectors.toMap(JurisdictionStanding::jurisdiction, JurisdictionStanding::toCore));
        return new Eligibility(table);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A contract that no jurisdiction would let anyone trade; the decision behind it is in the audit log. */
    static final class ListingRefusedException extends RuntimeException {

        private final String decisionId;
        private final transient List<JurisdictionStanding> eligibility;

        ListingRefusedException(String decisionId, List<JurisdictionStanding> eligibility) {
            super("the contract is tradable in no jurisdiction");
            this.decisionId = decisionId;
            this.eligibility = eligibility;
        }

        String decisionId() {
            return decisionId;
        }

        List<JurisdictionStanding> eligibility() {
            return eligibility;
        }
    }
}
