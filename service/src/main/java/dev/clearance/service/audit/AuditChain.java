package dev.clearance.service.audit;

import dev.clearance.rules.io.Sha256;
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

    private AuditChain() {
    }

    static String hash(String prevHash, long seq, AuditEntry entry) {
        MessageDigest digest = Sha256.newDigest();
        digest.update(utf8(prevHash));
        for (String field : new String[] {Long.toString(seq), entry.decisionId(), entry.recordedAt().toString(),
                entry.callerKeyId(), entry.packSet(), entry.overall(), entry.requestJson()}) {
            addField(digest, field.length(), utf8(field));
        }
        addField(digest, utf16Length(entry.decisionJson()), entry.decisionJson());
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
     * a four-byte character (outside the BMP) one more, for its surrogate pair.
     */
    static int utf16Length(byte[] utf8) {
        int units = 0;
        for (byte b : utf8) {
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
