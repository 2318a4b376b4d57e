package dev.clearance.service.audit;

import java.time.Instant;

/**
 * One decision as the audit log keeps it: the request and decision exactly as JSON, the overall
 * verdict, the pack snapshot that decided it, when, and which key asked.
 */
public record AuditEntry(
        String decisionId,
        Instant recordedAt,
        String callerKeyId,
        String packSet,
        String overall,
        String requestJson,
        String decisionJson) {
}
