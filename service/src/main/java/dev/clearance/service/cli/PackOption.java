package dev.clearance.service.cli;

import dev.clearance.rules.pack.LivePacks;
import dev.clearance.rules.pack.PackFiles;
import dev.clearance.rules.pack.PackSources;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --packs DIR}: decide with the packs in a folder instead of those bundled in the jar. */
final class PackOption {

    @Option(names = "--packs", paramLabel = "DIR", description = "Folder of pack folders (default: the packs bundled in the jar).")
    Path packs;

    List<PackFiles> packFiles() {
        return packs == null ? PackSources.fromClasspath(PackOption.class.getClassLoader()) : PackSources.fromDirectory(packs);
    }

    LivePacks load() {
        return new LivePacks(packFiles());
    }
}
