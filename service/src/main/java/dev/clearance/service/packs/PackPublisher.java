package dev.clearance.service.packs;

import dev.clearance.rules.engine.DecisionEngine;
import dev.clearance.rules.pack.CompiledPack;
import dev.clearance.rules.pack.LivePacks;
import dev.clearance.rules.pack.PackFiles;
import dev.clearance.rules.pack.PackSnapshot;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Makes a draft live: only a draft that compiles and passes every golden case, readied for the
 * engine, in one atomic swap, recorded, then announced as a {@link PackSnapshotPublished} event
 * (listeners run before the publication answers). Decisions already running finish on the
 * snapshot they started with.
 */
@Service
class PackPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(PackPublisher.class);

    private final LivePacks live;
    private final DecisionEngine engine;
    private final DraftValidator validator;
    private final PublicationLog log;
    private final SnapshotMetrics metrics;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PackPublisher(LivePacks live, DecisionEngine engine, DraftValidator validator, PublicationLog log,
            SnapshotMetrics metrics, Clock clock, ApplicationEventPublisher events) {
        this.live = live;
        this.engine = engine;
        this.validator = validator;
        this.log = log;
        this.metrics = metrics;
        this.clock = clock;
        this.events = events;
    }

    /** Serialized, so two publications never interleave their swap and their record. */
    synchronized PublicationLog.Publication publish(List<PackFiles> draft, String keyId) {
        DraftValidator.Validation validation = validator.validate(draft);
        if (!validation.report().valid()) {
            throw new DraftRejectedException(validation.report());
        }
        PackSnapshot previous = live.current();
        PackSnapshot next = validation.snapshot();
        String packs = next.packs().stream().map(CompiledPack::label).collect(Collectors.joining(","));
        // Readied before the swap, so the decisions right after it neither open sessions nor run
        // the new rules before the JVM has compiled them. Readying replays recent live requests:
        // one that fails on the draft would fail live too, so the draft is refused.
        DecisionEngine.Preparation preparation;
        try {
            preparation = engine.prepare(next);
        } catch (RuntimeException e) {
            throw new DraftRejectedException(validation.report().failedOnRecentRequest(e.getMessage()));
        }
        // Recorded before it goes live: a publication that cannot be recorded changes nothing.
        PublicationLog.Publication publication = log.record(keyId, next.hash(), previous.hash(), packs, clock.instant());
        live.publish(next);
        metrics.snapshotChanged(next);
        LOG.info("Key {} published pack snapshot {} ({}), replacing {}; readied in {} ms: {} sessions opened,"
                + " {} recent requests replayed", keyId, next.hash(), packs, previous.hash(),
                preparation.took().toMillis(), preparation.sessionsOpened(), preparation.requestsReplayed());
        events.publishEvent(new PackSnapshotPublished(previous, next, keyId));
        return publication;
    }

    /** A draft that may not go live, with the validation report that says why. */
    static final class DraftRejectedException extends RuntimeException {

        private final transient ValidationReport report;

        DraftRejectedException(ValidationReport report) {
            super("the draft pack set did not validate");
            this.report = report;
        }

        ValidationReport report() {
            return report;
        }
    }
}
