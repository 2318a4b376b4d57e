package dev.clearance.service.packs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zips the pack folders directly under a folder (those holding a pack.yaml, as the service reads
 * a pack directory) the way a legal team uploads them, optionally editing files on the way.
 */
public final class PackZips {

    public static final Path FIXTURE_PACKS = Path.of("src", "test", "resources", "test-packs");

    private PackZips() {
    }

    public static byte[] zip(Path root) {
        return zip(root, Map.of());
    }

    /** {@code edits} maps a file path such as {@code fed/pack.yaml} to a change of its text. */
    public static byte[] zip(Path root, Map<String, UnaryOperator<String>> edits) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> Files.isRegularFile(f) && isPackFile(root, f)).sorted().toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                byte[] content = Files.readAllBytes(file);
                if (edits.containsKey(name)) {
                    content = edits.get(name).apply(new String(content, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(name));
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static boolean isPackFile(Path root, Path file) {
        Path folder = file.getParent();
        return root.equals(folder.getParent()) && Files.isRegularFile(folder.resolve("pack.yaml"));
    }
}
