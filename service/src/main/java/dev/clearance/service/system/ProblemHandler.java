package dev.clearance.service.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.clearance.rules.io.RequestError;
import dev.clearance.rules.io.RequestReader;
import dev.clearance.rules.io.RequestException;
import dev.clearance.rules.pack.PackException;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into a problem detail (see {@link Problems} for the status mapping). A
 * request that was not understood gets errors, never a verdict; an internal failure is a 500,
 * never a pass.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(RequestException.class)
    ProblemDetail requestNotAcceptable(RequestException e) {
        return Problems.withErrors(HttpStatus.UNPROCESSABLE_ENTITY, "The request has " + e.errors().size()
                + " invalid value(s); no decision was made.", e.errors());
    }

    @ExceptionHandler(PackException.class)
    ProblemDetail packSetInvalid(PackException e) {
        return Problems.invalidPackSet(e.problems());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail internalError(Exception e) {
        LOG.error("request failed", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The service failed while answering; no decision was made. The failure is in the service log.");
        problem.setTitle("Internal error");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<RequestError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new RequestError(f.getField(), f.getDefaultMessage()))
                .sorted(Comparator.comparing(RequestError::field))
                .toList();
        ProblemDetail problem = Problems.withErrors(HttpStatus.UNPROCESSABLE_ENTITY,
                "The request has " + errors.size() + " invalid value(s); no decision was made.", errors);
        return handleExceptionInternal(e, problem, headers, HttpStatus.UNPROCESSABLE_ENTITY, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        BodyTooLargeException tooLarge = cause(e, BodyTooLargeException.class);
        if (tooLarge != null) {
            return handleExceptionInternal(e, Problems.bodyTooLarge(tooLarge.limit()), headers,
                    HttpStatus.PAYLOAD_TOO_LARGE, request);
        }
        return handleExceptionInternal(e, notUnderstood(e), headers, HttpStatus.BAD_REQUEST, request);
    }

    private static ProblemDetail notUnderstood(HttpMessageNotReadableException e) {
        JsonMappingException mapping = cause(e, JsonMappingException.class);
        if (mapping != null) {
            return Problems.withErrors(HttpStatus.BAD_REQUEST, "The body does not have the request shape.",
                    List.of(RequestReader.bindingError(mapping)));
        }
        JsonProcessingException parse = cause(e, JsonProcessingException.class);
        if (parse != null) {
            String where = parse.getLocation() == null ? ""
                    : " (line " + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr() + ")";
            return Problems.withErrors(HttpStatus.BAD_REQUEST, "The body is not valid JSON.",
                    List.of(new RequestError("", parse.getOriginalMessage() + where)));
        }
        return Problems.withErrors(HttpStatus.BAD_REQUEST, "The request needs a JSON body.", List.of());
    }

    @Nullable
    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
