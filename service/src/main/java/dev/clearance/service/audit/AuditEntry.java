package dev.clearance.service.audit;

import java.time.Instant;

/**
 * One decision as the audit log keeps it: the request and decision exactly as JSON, the overall
 * verdict, the pack snapshot that decided it, when, and which key asked.
 *
 * @param decisionJson the decision's UTF-8 JSON, the very bytes the caller was answered with (a
 *                     decision for every jurisdiction runs to a few hundred kilobytes, so it is
 *                     never re-encoded on its way to the caller, the chain or the store)
 */
public record AuditEntry(
        String decisionId,
        Instant recordedAt,
        String callerKeyId,
        String packSet,
        String overall,
        String requestJson,
        byte[] decisionJson) {
}
