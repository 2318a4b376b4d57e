package dev.clearance.service.audit;

import dev.clearance.rules.io.Sha256;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The hash chain over audit rows: {@code hash = sha256(prev_hash + canonical content)}. The
 * canonical content is every stored field, each as {@code "\n" + length + ":" + field} with the
 * length in UTF-16 units, so no two different rows can read the same; changing, removing or
 * reordering a row breaks every link after it.
 */
final class AuditChain {

    /** The {@code prev_hash} of the first row. */
    static final String GENESIS = "0".repeat(64);
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;
    private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private AuditChain() {
    }

    static String hash(String prevHash, long seq, AuditEntry entry) {
        return hash(prevHash, seq, entry, utf16Length(entry.decisionJson()));
    }

    /** {@code decisionUtf16Length}: {@link #utf16Length} of the decision, counted beforehand off the writer's thread. */
    static String hash(String prevHash, long seq, AuditEntry entry, int decisionUtf16Length) {
        MessageDigest digest = Sha256.newDigest();
        digest.update(utf8(prevHash));
        for (String field : new String[] {Long.toString(seq), entry.decisionId(), entry.recordedAt().toString(),
                entry.callerKeyId(), entry.packSet(), entry.overall(), entry.requestJson()}) {
            addField(digest, field.length(), utf8(field));
        }
        addField(digest, decisionUtf16Length, entry.decisionJson());
        return Sha256.hex(digest);
    }

    private static void addField(MessageDigest digest, int utf16Length, byte[] utf8) {
        digest.update(utf8("\n" + utf16Length + ":"));
        digest.update(utf8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The length the decision JSON has as a Java string, counted on its UTF-8 bytes without
     * decoding them: the canonical form has counted UTF-16 units since the first row, when the
     * JSON was still handled as a string. Each byte that starts a character counts one unit, and
     * a four-byte character (outside the BMP) one more, for its surrogate pair. Eight bytes are
     * counted at a time, since a decision for every jurisdiction runs to 200 KB, nearly all ASCII.
     */
    static int utf16Length(byte[] utf8) {
        int units = 0;
        int i = 0;
        for (; i + Long.BYTES <= utf8.length; i += Long.BYTES) {
            long word = (long) EIGHT_BYTES.get(utf8, i);
            if ((word & HIGH_BITS) == 0) {
                units += Long.BYTES; // all ASCII
                continue;
            }
            // Per byte, bit 7 is set in "continuation" when the byte is 10xxxxxx, and in
            // "fourByteLead" when it is 11110xxx; shifting left moves a byte's lower bits up to its bit 7.
            long continuation = word & ~(word << 1) & HIGH_BITS;
            long fourByteLead = word & (word << 1) & (word << 2) & (word << 3) & ~(word << 4) & HIGH_BITS;
            units += Long.BYTES - Long.bitCount(continuation) + Long.bitCount(fourByteLead);
        }
        for (; i < utf8.length; i++) {
            byte b = utf8[i];
            if ((b & 0xC0) != 0x80) {
                units++;
            }
            if ((b & 0xF8) == 0xF0) {
                units++;
            }
        }
        return units;
    }
}
