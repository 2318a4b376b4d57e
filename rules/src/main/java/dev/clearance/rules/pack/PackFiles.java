package dev.clearance.rules.pack;

import dev.clearance.rules.io.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The raw files of one pack folder, keyed by file name. Holding bytes (not paths) lets a pack
 * come from a folder, the classpath or an uploaded zip, and be hashed exactly as compiled.
 */
public record PackFiles(String folder, Map<String, byte[]> files) {

    public PackFiles {
        files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
    }

    public Optional<byte[]> file(String name) {
        return Optional.ofNullable(files.get(name));
    }

    public String text(String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    /** The path a problem report uses for a file of this pack. */
    public String path(String name) {
        return folder + "/" + name;
    }

    /** SHA-256 over every file name and content, in name order. */
    public String contentHash() {
        return hashOfFiles(files.keySet());
    }

    /** SHA-256 over the names and contents of the named files, in the order given; every one must exist. */
    public String hashOfFiles(Collection<String> names) {
        MessageDigest digest = Sha256.newDigest();
        for (String name : names) {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(files.get(name));
            digest.update((byte) 0);
        }
        return "sha256:" + Sha256.hex(digest);
    }

    /** The hash of a set of packs, in any order: the hash of the snapshot they compile to (a pack's id is its folder). */
    public static String hashOf(List<PackFiles> packs) {
        return PackSnapshot.hashOf(packs.stream().map(pack -> Map.entry(pack.folder(), pack.contentHash())).toList());
    }
}
