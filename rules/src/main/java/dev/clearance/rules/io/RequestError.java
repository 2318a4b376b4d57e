package dev.clearance.rules.io;

/** One thing wrong with a request: the field's path (e.g. {@code subject.title}) and what is wrong. */
public record RequestError(String field, String message) {

    @Override
    public String toString() {
        return field.isEmpty() ? message : field + ": " + message;
    }
}
