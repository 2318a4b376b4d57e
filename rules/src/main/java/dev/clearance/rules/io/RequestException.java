package dev.clearance.rules.io;

import java.util.List;
import java.util.stream.Collectors;

/** A request that was not understood; it gets these errors, never a verdict. */
public final class RequestException extends RuntimeException {

    private final transient List<RequestError> errors;

    public RequestException(List<RequestError> errors) {
        super(errors.stream().map(RequestError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<RequestError> errors() {
        return errors;
    }
}
