package dev.clearance.service.packs;

import dev.clearance.rules.pack.CompiledPack;
import dev.clearance.rules.pack.PackManifest;
import dev.clearance.rules.pack.PackSnapshot;
import java.time.Instant;
import java.util.List;

/** One pack as {@code GET /api/v1/packs} lists it: what it is, where and when it applies, its hash. */
record PackSummary(
        String id,
        String title,
        String version,
        List<String> jurisdictions,
        PackManifest.Coverage covers,
        PackManifest.Effective effective,
        PackManifest.Supersession supersedes,
        List<PackManifest.Source> sources,
        String contentHash,
        int rules) {

    static PackSummary of(CompiledPack pack) {
        PackManifest m = pack.manifest();
        return new PackSummary(m.id(), m.title(), m.version(), m.jurisdictions(), m.covers(), m.effective(),
                m.supersedes(), m.sources(), pack.contentHash(), pack.rules().size());
    }

    /** The live set: its snapshot hash (the {@code packSet} of every decision), when it went live, its packs. */
    record SnapshotView(String snapshotHash, Instant loadedAt, List<PackSummary> packs) {

        static SnapshotView of(PackSnapshot snapshot) {
            return new SnapshotView(snapshot.hash(), snapshot.loadedAt(),
                    snapshot.packs().stream().map(PackSummary::of).toList());
        }
    }
}
