package dev.clearance.rules.pack;

import java.io.IOException;

/** Parses a pack's {@code pack.yaml}. */
final class ManifestReader {

    private ManifestReader() {
    }

    static PackManifest read(PackFiles pack) {
        String path = pack.path(PackSources.MANIFEST);
        byte[] yaml = pack.file(PackSources.MANIFEST).orElseThrow(() -> new PackException(
                PackProblem.at(path, 0, "missing_manifest", "The pack folder has no pack.yaml.")));
        try {
            return Yaml.MAPPER.readValue(yaml, PackManifest.class);
        } catch (IOException e) {
            throw new PackException(Yaml.problem(path, e));
        }
    }
}
