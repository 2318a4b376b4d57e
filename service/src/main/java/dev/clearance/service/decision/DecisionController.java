package dev.clearance.service.decision;

import dev.clearance.rules.io.DecisionRequestDocument;
import dev.clearance.rules.model.Decision;
import dev.clearance.service.audit.AuditLog;
import dev.clearance.service.audit.UnreadableRecordException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Decisions: one subject in any jurisdictions, a batch of them, and any stored decision by id. */
@RestController
@RequestMapping("/api/v1/decisions")
class DecisionController {

    private static final byte[] BATCH_START = "{\"decisions\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BATCH_END = "]}".getBytes(StandardCharsets.UTF_8);

    private final DecisionService decisions;
    private final AuditLog audit;

    DecisionController(DecisionService decisions, AuditLog audit) {
        this.decisions = decisions;
        this.audit = audit;
    }

    /**
     * The response body is the JSON stored in the audit log, byte for byte: written once, never
     * re-encoded. The body is not marked {@code @Valid}: the service checks it against the same
     * Jakarta constraints when it reads the request ({@code RequestReader.toRequest}), together with
     * the jurisdiction codes, so every error comes in one answer and the body is validated once.
     */
    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Decide one subject in the requested jurisdictions (ALL for every one) as of a date")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Decision.class)))
    byte[] decide(@RequestBody DecisionRequestDocument request, Principal caller) {
        return decisions.decide(request, caller.getName()).json();
    }

    @PostMapping(path = "/batch", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Decide up to " + BatchRequest.MAX_REQUESTS + " requests; any invalid one fails the batch")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BatchDecisions.class)))
    byte[] batch(@Valid @RequestBody BatchRequest batch, Principal caller) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(BATCH_START);
        List<DecisionService.Recorded> recorded = decisions.decideAll(batch.requests(), caller.getName());
        for (int i = 0; i < recorded.size(); i++) {
            if (i > 0) {
                body.write(',');
            }
            body.writeBytes(recorded.get(i).json());
        }
        body.writeBytes(BATCH_END);
        return body.toByteArray();
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A decision exactly as it was given, from the audit log")
    byte[] stored(@PathVariable String id) {
        try {
            return audit.decisionJson(id).orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND,
                    ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No decision `" + id + "` is stored."), null));
        } catch (UnreadableRecordException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "Decision `" + id
                    + "` is stored, but its row no longer reads back (" + e.getMessage() + "): it was altered or"
                    + " damaged. GET /api/v1/audit/verify names the first broken link of the chain.");
            problem.setTitle("Stored decision unreadable");
            throw new ErrorResponseException(HttpStatus.INTERNAL_SERVER_ERROR, problem, e);
        }
    }

    /** The decisions of a batch, in request order. */
    record BatchDecisions(List<Decision> decisions) {
    }
}
