package dev.clearance.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackFilesTest {

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
}
