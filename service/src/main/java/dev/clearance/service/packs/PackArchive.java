package dev.clearance.service.packs;

import dev.clearance.rules.pack.PackException;
import dev.clearance.rules.pack.PackFiles;
import dev.clearance.rules.pack.PackProblem;
import dev.clearance.rules.pack.PackSources;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads an uploaded zip of pack folders: every folder holding a {@code pack.yaml} is a pack and
 * its direct files are the pack's files, wherever the folders sit in the archive. Bounded in
 * entries and unpacked bytes so a crafted archive cannot exhaust memory.
 */
final class PackArchive {

    static final int MAX_ENTRIES = 5_000;
    static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;

    private PackArchive() {
    }

    static List<PackFiles> read(byte[] zip) {
        Map<String, byte[]> entries = unpack(zip);
        Map<String, Map<String, byte[]>> folders = new TreeMap<>();
        entries.keySet().stream()
                .filter(name -> name.endsWith("/" + PackSources.MANIFEST))
                .forEach(manifest -> folders.put(manifest.substring(0, manifest.lastIndexOf('/')), new HashMap<>()));
        entries.forEach((name, content) -> {
            int slash = name.lastIndexOf('/');
            if (slash > 0 && folders.containsKey(name.substring(0, slash))) {
                folders.get(name.substring(0, slash)).put(name.substring(slash + 1), content);
            }
        });
        if (folders.isEmpty()) {
            throw problem("no_packs", "The archive holds no folder with a pack.yaml; zip the pack folders themselves.");
        }
        List<PackFiles> packs = new ArrayList<>();
        folders.forEach((path, files) -> packs.add(new PackFiles(path.substring(path.lastIndexOf('/') + 1), files)));
        return packs;
    }

    private static Map<String, byte[]> unpack(byte[] zip) {
        Map<String, byte[]> entries = new HashMap<>();
        long unpacked = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entries.size() >= MAX_ENTRIES) {
                    throw problem("archive_too_large", "The archive has more than " + MAX_ENTRIES + " entries.");
                }
                String name = entry.getName().replace('\\', '/');
                if (name.startsWith("/") || name.contains("../")) {
                    throw problem("bad_entry_name", "The archive entry `" + name + "` points outside the archive.");
                }
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    unpacked += n;
                    if (unpacked > MAX_UNPACKED_BYTES) {
                        throw problem("archive_too_large", "The archive unpacks to more than "
                                + MAX_UNPACKED_BYTES + " bytes.");
                    }
                    content.write(buffer, 0, n);
                }
                if (!entry.isDirectory()) {
                    entries.put("/" + name, content.toByteArray());
                }
            }
        } catch (IOException e) {
            throw problem("not_a_zip", "The body is not a readable zip archive: " + e.getMessage());
        }
        if (entries.isEmpty()) {
            throw problem("not_a_zip", "The body is not a zip archive, or the archive is empty.");
        }
        return entries;
    }

    private static PackException problem(String code, String message) {
        return new PackException(PackProblem.at("(archive)", 0, code, message));
    }
}
