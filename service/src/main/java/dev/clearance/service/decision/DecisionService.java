package dev.clearance.service.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.clearance.rules.engine.DecisionEngine;
import dev.clearance.rules.io.DecisionRequestDocument;
import dev.clearance.rules.io.DecisionWriter;
import dev.clearance.rules.io.RequestError;
import dev.clearance.rules.io.RequestException;
import dev.clearance.rules.io.RequestReader;
import dev.clearance.rules.model.Decision;
import dev.clearance.rules.model.DecisionRequest;
import dev.clearance.service.audit.AuditEntry;
import dev.clearance.service.audit.AuditLog;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Decides requests and stores each decision in the audit log before answering: a decision the
 * log could not keep is not given. Every request of a batch is understood before any is decided.
 */
@Service
public class DecisionService {

    private final DecisionEngine engine;
    private final AuditLog audit;
    private final DecisionMetrics metrics;
    private final Clock clock;

    DecisionService(DecisionEngine engine, AuditLog audit, DecisionMetrics metrics, Clock clock) {
        this.engine = engine;
        this.audit = audit;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** A decision and its UTF-8 JSON exactly as stored in the audit log, written once for both uses. */
    record Recorded(Decision decision, byte[] json) {
    }

    Recorded decide(DecisionRequestDocument document, String callerKeyId) {
        return record(RequestReader.toRequest(document, LocalDate.now(clock)), callerKeyId);
    }

    List<Recorded> decideAll(List<DecisionRequestDocument> documents, String callerKeyId) {
        LocalDate today = LocalDate.now(clock);
        List<DecisionRequest> requests = new ArrayList<>(documents.size());
        List<RequestError> errors = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            try {
                requests.add(RequestReader.toRequest(documents.get(i), today));
            } catch (RequestException e) {
                String prefix = "requests[" + i + "].";
                e.errors().forEach(error -> errors.add(new RequestError(prefix + error.field(), error.message())));
            }
        }
        if (!errors.isEmpty()) {
            throw new RequestException(errors);
        }
        return requests.stream().map(request -> record(request, callerKeyId)).toList();
    }

    /** Decides a request already understood (jurisdictions resolved) and records it, e.g. a listing's. */
    public Decision decide(DecisionRequest request, String callerKeyId) {
        return record(request, callerKeyId).decision();
    }

    private Recorded record(DecisionRequest request, String callerKeyId) {
        long start = System.nanoTime();
        Decision decision = engine.decide(request);
        byte[] json = DecisionWriter.toUtf8(decision);
        audit.append(new AuditEntry(decision.id(), clock.instant().truncatedTo(ChronoUnit.MILLIS), callerKeyId,
                decision.packSet(), decision.overall().name(), requestJson(request), json));
        metrics.record(decision.overall(), System.nanoTime() - start);
        return new Recorded(decision, json);
    }

    /** The request as understood: jurisdictions expanded (ALL resolved) and asOf filled in. */
    private static String requestJson(DecisionRequest request) {
        DecisionRequestDocument understood = new DecisionRequestDocument(request.subject(),
                request.jurisdictions().stream().map(j -> j.code()).toList(), request.asOf());
        try {
            return DecisionWriter.JSON.writeValueAsString(understood);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a request could not be written as JSON", e);
        }
    }
}
