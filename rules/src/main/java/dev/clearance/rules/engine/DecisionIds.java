package dev.clearance.rules.engine;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Decision ids: time-ordered (version 7, RFC 9562) UUIDs, the millisecond they were made followed
 * by 74 random bits. An audit store indexes every id it keeps; ids that grow with time add to the
 * end of that index, where random ones land all over it, and a store whose index no longer fits
 * its cache then reads a page from disk for nearly every decision it writes.
 *
 * <p>Each thread draws its random bits from its own DRBG: one shared generator (as
 * {@link UUID#randomUUID} uses) was the service's most contended lock under load.
 */
final class DecisionIds {

    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(DecisionIds::newGenerator);
    private static final long VERSION_7 = 0x7000L;
    private static final long IETF_VARIANT = 0x8000_0000_0000_0000L;
    private static final long LOW_62_BITS = 0x3fff_ffff_ffff_ffffL;

    private DecisionIds() {
    }

    static String next() {
        byte[] random = new byte[10];
        RANDOM.get().nextBytes(random);
        long randomA = ((random[0] & 0x0fL) << 8) | (random[1] & 0xffL);
        long mostSignificant = (System.currentTimeMillis() << 16) | VERSION_7 | randomA;
        long leastSignificant = IETF_VARIANT | (ByteBuffer.wrap(random, 2, 8).getLong() & LOW_62_BITS);
        return new UUID(mostSignificant, leastSignificant).toString();
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
