package dev.clearance.service.audit;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets an auditor check that no stored decision was altered, removed or reordered. */
@RestController
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/api/v1/audit/verify")
    @Operation(summary = "Walk the audit hash chain and report the first broken link, if any")
    ChainReport verify() {
        return log.verify();
    }
}
