package dev.clearance.service.system;

import dev.clearance.rules.io.RequestError;
import dev.clearance.rules.pack.PackProblem;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The problem details this service answers with. Status mapping: 400 a body that is not the
 * request shape (invalid JSON, unknown or missing field, wrong type); 422 a well-formed request
 * whose values are not acceptable (constraint violations, texts over their limit, unknown
 * jurisdictions, too many requests in a batch, a pack set that does not compile); 413 a body
 * over the byte limit; 401 no or an unknown key; 403 a key whose role may not do this.
 */
public final class Problems {

    private Problems() {
    }

    /** A problem naming each field at fault in an {@code errors} array of {field, message}. */
    public static ProblemDetail withErrors(HttpStatus status, String detail, List<RequestError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    public static ProblemDetail invalidPackSet(List<PackProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                "The pack set has " + problems.size() + " problem(s); nothing was changed.");
        problem.setTitle("Invalid pack set");
        problem.setProperty("problems", problems);
        return problem;
    }

    public static ProblemDetail bodyTooLarge(long limit) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + limit + " bytes; send less per request.");
        problem.setTitle("Request body too large");
        return problem;
    }
}
