package dev.clearance.rules.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads pack folders from a directory (every sub-folder holding a {@code pack.yaml}) or from the
 * classpath (the folders listed in {@code packs/packs.yaml}, because a jar cannot be listed).
 */
public final class PackSources {

    public static final String MANIFEST = "pack.yaml";
    private static final String CLASSPATH_ROOT = "packs/";
    private static final String CLASSPATH_INDEX = CLASSPATH_ROOT + "packs.yaml";

    private PackSources() {
    }

    public static List<PackFiles> fromDirectory(Path root) {
        if (!Files.isDirectory(root)) {
            throw new PackException(PackProblem.at(root.toString(), 0, "not_a_directory",
                    "The pack folder `" + root + "` does not exist or is not a directory."));
        }
        try (Stream<Path> children = Files.list(root)) {
            List<PackFiles> packs = new ArrayList<>();
            for (Path folder : children.filter(p -> Files.isRegularFile(p.resolve(MANIFEST))).sorted().toList()) {
                packs.add(readFolder(folder));
            }
            if (packs.isEmpty()) {
                throw new PackException(PackProblem.at(root.toString(), 0, "no_packs",
                        "No sub-folder of `" + root + "` holds a pack.yaml."));
            }
            return packs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pack folder " + root, e);
        }
    }

    private static PackFiles readFolder(Path folder) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path file : entries.filter(Files::isRegularFile).toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return new PackFiles(folder.getFileName().toString(), files);
    }

    /** The packs bundled in the {@code jurisdictions} jar. */
    public static List<PackFiles> fromClasspath(ClassLoader loader) {
        byte[] index = resource(loader, CLASSPATH_INDEX);
        if (index == null) {
            throw new PackException(PackProblem.at(CLASSPATH_INDEX, 0, "no_bundled_packs",
                    "The classpath holds no `packs/packs.yaml`: is the jurisdictions jar on the classpath?"));
        }
        List<PackFiles> packs = new ArrayList<>();
        for (String folder : PackIndex.parse(index, CLASSPATH_INDEX).packs()) {
            byte[] manifest = resource(loader, CLASSPATH_ROOT + folder + "/" + MANIFEST);
            if (manifest == null) {
                throw new PackException(PackProblem.at(CLASSPATH_INDEX, 0, "missing_pack",
                        "`packs.yaml` lists `" + folder + "`, but that folder has no pack.yaml."));
            }
            Map<String, byte[]> files = new HashMap<>();
            files.put(MANIFEST, manifest);
            PackManifest parsed = ManifestReader.read(new PackFiles(folder, files));
            List<String> named = new ArrayList<>(parsed.rules());
            parsed.tables().forEach(table -> named.add(table.file()));
            for (String name : named) {
                byte[] content = resource(loader, CLASSPATH_ROOT + folder + "/" + name);
                if (content != null) {
                    files.put(name, content);
                }
            }
            packs.add(new PackFiles(folder, files));
        }
        return packs;
    }

    private static byte[] resource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + name, e);
        }
    }
}
