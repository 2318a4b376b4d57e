package dev.clearance.service.audit;

import dev.clearance.rules.io.Sha256;

/**
 * The hash chain over audit rows: {@code hash = sha256(prev_hash + canonical content)}. The
 * canonical content is every stored field, length-prefixed, so no two different rows can read
 * the same; changing, removing or reordering a row breaks every link after it.
 */
final class AuditChain {

    /** The {@code prev_hash} of the first row. */
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String hash(String prevHash, long seq, AuditEntry entry) {
        StringBuilder canonical = new StringBuilder(prevHash);
        for (String field : new String[] {Long.toString(seq), entry.decisionId(), entry.recordedAt().toString(),
                entry.callerKeyId(), entry.packSet(), entry.overall(), entry.requestJson(), entry.decisionJson()}) {
            canonical.append('\n').append(field.length()).append(':').append(field);
        }
        return Sha256.hex(canonical.toString());
    }
}
