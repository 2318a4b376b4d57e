package dev.clearance.service.exchange;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Brings the matching core back before the service takes requests: the participant directory
 * first (markets replaying their journals need it for new registrations), then every stored
 * listing's market, re-decided where the live packs differ from those that last decided it.
 */
@Component
class ExchangeStartup implements SmartInitializingSingleton {

    private final ParticipantDirectory participants;
    private final ListingService listings;

    ExchangeStartup(ParticipantDirectory participants, ListingService listings) {
        this.participants = participants;
        this.listings = listings;
    }

    @Override
    public void afterSingletonsInstantiated() {
        participants.restoreAll();
        listings.openStored();
    }
}
