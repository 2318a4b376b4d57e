package dev.clearance.service.system;

import java.io.IOException;

/** Thrown while reading a body that turns out longer than its limit (no or a false Content-Length). */
public final class BodyTooLargeException extends IOException {

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("the request body exceeds " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
