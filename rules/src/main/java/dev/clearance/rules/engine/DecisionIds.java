package dev.clearance.rules.engine;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Decision ids: random (version 4) UUIDs, as {@link UUID#randomUUID} makes them, but each thread
 * draws from its own DRBG. {@code UUID.randomUUID} draws from one shared generator whose lock
 * every concurrent decision queued on: under load it was the service's most contended monitor.
 */
final class DecisionIds {

    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(DecisionIds::newGenerator);

    private DecisionIds() {
    }

    static String next() {
        byte[] bytes = new byte[16];
        RANDOM.get().nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong()).toString();
    }

    /** Seeded once from the system's entropy; every JVM since 9 has DRBG, so its absence is a broken JVM. */
    private static SecureRandom newGenerator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks the DRBG secure random generator", e);
        }
    }
}
