package dev.clearance.service.exchange;

import dev.clearance.service.audit.AuditLog;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Brings the matching core back before the service takes requests: the participant directory
 * first (markets replaying their journals need it for new registrations), then every stored
 * listing's market, re-decided where the live packs differ from those that last decided it.
 * It runs after the audit log has started, because a re-decision is a decision and is recorded.
 */
@Component
class ExchangeStartup implements SmartLifecycle {

    private final ParticipantDirectory participants;
    private final ListingService listings;
    private volatile boolean running;

    ExchangeStartup(ParticipantDirectory participants, ListingService listings) {
        this.participants = participants;
        this.listings = listings;
    }

    @Override
    public void start() {
        participants.restoreAll();
        listings.openStored();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the audit log, before the web server. */
    @Override
    public int getPhase() {
        return AuditLog.PHASE + 1;
    }
}
