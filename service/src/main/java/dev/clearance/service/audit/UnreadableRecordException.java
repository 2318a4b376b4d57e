package dev.clearance.service.audit;

/** A stored decision whose bytes no longer read back as a decision: its row was altered or damaged. */
public final class UnreadableRecordException extends RuntimeException {

    UnreadableRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
