package dev.clearance.service.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On the first start (no key in the database) creates an admin key and writes it to
 * {@code clearance.security.admin-key-file}, readable by the owner only. The log names the file,
 * never the key.
 */
@Component
class AdminKeyBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AdminKeyBootstrap.class);

    private final ApiKeys keys;
    private final Path keyFile;

    AdminKeyBootstrap(ApiKeys keys, @Value("${clearance.security.admin-key-file}") Path keyFile) {
        this.keys = keys;
        this.keyFile = keyFile;
    }

    /** Where the first admin key is written. */
    Path keyFile() {
        return keyFile;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (keys.count() > 0) {
            return;
        }
        IssuedKey admin = keys.create(Role.ADMIN, "first admin key, created on first start", null);
        writeOwnerOnly(admin.key() + "\n");
        LOG.info("No API key existed: created admin key {} and wrote it to {} (owner read/write only)",
                admin.id(), keyFile.toAbsolutePath());
    }

    private void writeOwnerOnly(String content) throws IOException {
        Path dir = keyFile.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Files.deleteIfExists(keyFile);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(keyFile);
        }
        Files.writeString(keyFile, content, StandardCharsets.UTF_8);
    }
}
