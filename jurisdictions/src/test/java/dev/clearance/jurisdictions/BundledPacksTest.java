package dev.clearance.jurisdictions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.rules.pack.PackFiles;
import dev.clearance.rules.pack.PackIndex;
import dev.clearance.rules.pack.PackLoader;
import dev.clearance.rules.pack.PackSnapshot;
import dev.clearance.rules.pack.PackSources;
import dev.clearance.rules.pack.Yaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The packs in this module compile, and the jar's index lists exactly the pack folders. */
class BundledPacksTest {

    private static final Path ROOT = Path.of(".");

    @Test
    void everyPackFolderCompilesWithoutProblems() {
        PackSnapshot snapshot = new PackLoader().load(PackSources.fromDirectory(ROOT));

        assertThat(snapshot.packs()).isNotEmpty();
        assertThat(snapshot.packs()).allSatisfy(pack -> assertThat(pack.rules()).isNotEmpty());
    }

    @Test
    void theClasspathIndexListsExactlyThePackFolders() throws IOException {
        List<String> folders = PackSources.fromDirectory(ROOT).stream().map(PackFiles::folder).sorted().toList();
        PackIndex index = Yaml.MAPPER.readValue(Files.readAllBytes(ROOT.resolve("packs.yaml")), PackIndex.class);

        assertThat(index.packs()).containsExactlyInAnyOrderElementsOf(folders);
    }

    @Test
    void theBundledJarLoadsTheSamePacksAsTheFolders() {
        List<String> bundled = PackSources.fromClasspath(getClass().getClassLoader()).stream()
                .map(PackFiles::contentHash).sorted().toList();
        List<String> folders = PackSources.fromDirectory(ROOT).stream().map(PackFiles::contentHash).sorted().toList();

        assertThat(bundled).isEqualTo(folders);
    }
}
