package dev.clearance.service.packs;

import dev.clearance.rules.pack.LivePacks;
import dev.clearance.rules.pack.PackSnapshot;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * Names the live pack snapshot in metrics ({@code clearance_packs_snapshot{hash=...} 1}) and in
 * {@code /actuator/info}, so a dashboard shows which law answered when.
 */
@Component
class SnapshotMetrics implements InfoContributor {

    private final LivePacks live;
    private final MultiGauge gauge;

    SnapshotMetrics(LivePacks live, MeterRegistry registry) {
        this.live = live;
        this.gauge = MultiGauge.builder("clearance.packs.snapshot")
                .description("1 for the pack snapshot that answers decisions now, tagged with its hash")
                .register(registry);
        snapshotChanged(live.current());
    }

    void snapshotChanged(PackSnapshot snapshot) {
        gauge.register(List.of(MultiGauge.Row.of(Tags.of("hash", snapshot.hash()), 1)), true);
    }

    @Override
    public void contribute(Info.Builder builder) {
        builder.withDetail("packSet", live.current().hash());
    }
}
