package dev.clearance.service.exchange;

import dev.clearance.rules.io.RequestError;
import dev.clearance.service.system.Problems;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The problem details of the exchange doors: an unknown listing, and values the core cannot take. */
final class ExchangeErrors {

    private ExchangeErrors() {
    }

    static ErrorResponseException unknownListing(String id) {
        return new ErrorResponseException(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No listing `" + id + "` exists; list the contract with POST /api/v1/listings first."), null);
    }

    static ErrorResponseException invalid(String field, String message) {
        return new ErrorResponseException(HttpStatus.UNPROCESSABLE_ENTITY, Problems.withErrors(
                HttpStatus.UNPROCESSABLE_ENTITY, "The request has 1 invalid value; nothing was changed.",
                List.of(new RequestError(field, message))), null);
    }
}
