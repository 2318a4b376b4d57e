package dev.clearance.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackFilesTest {

    private static final String STATE_ROWS = """
            code,enforcing,effectiveFrom,effectiveTo,instrument,article,note
            US-NV,true,2020-01-01,,Nevada Revised Statutes,NRS 463.0193,
            """;

    private static PackFiles pack(String folder, String drl) {
        return new PackFiles(folder, Map.of("pack.yaml", "id: x\n".getBytes(StandardCharsets.UTF_8),
                "rules.drl", drl.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSetOfPacksHashesTheSameInAnyOrder() {
        PackFiles federal = pack("us-cftc", "rule A");
        PackFiles states = pack("us-states", "rule B");

        assertThat(PackFiles.hashOf(List.of(federal, states))).isEqualTo(PackFiles.hashOf(List.of(states, federal)));
    }

    @Test
    void aChangeToOneFileOfOnePackChangesTheSetsHash() {
        PackFiles states = pack("us-states", "rule B");

        assertThat(PackFiles.hashOf(List.of(pack("us-cftc", "rule A"), states)))
                .isNotEqualTo(PackFiles.hashOf(List.of(pack("us-cftc", "rule A2"), states)));
    }

    @Test
    void aSetOfPacksHashesAsTheSnapshotItCompilesTo() {
        List<PackFiles> packs = List.of(TestPacks.states(STATE_ROWS), TestPacks.federal());

        assertThat(PackFiles.hashOf(packs)).isEqualTo(new PackLoader().load(packs).hash());
    }
}
