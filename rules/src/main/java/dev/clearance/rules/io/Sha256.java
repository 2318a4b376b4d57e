package dev.clearance.rules.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lower-case hex: pack and snapshot hashes, the audit chain, stored API keys. */
public final class Sha256 {

    private Sha256() {
    }

    /** A fresh digest to feed in parts; every JVM has SHA-256, so its absence is a broken JVM. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }

    /** Completes {@code digest} and returns its value as hex. */
    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The hash of {@code text}'s UTF-8 bytes, as hex. */
    public static String hex(String text) {
        MessageDigest digest = newDigest();
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        return hex(digest);
    }
}
