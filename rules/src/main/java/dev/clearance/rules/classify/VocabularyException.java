package dev.clearance.rules.classify;

/**
 * A vocabulary that cannot be used. The message reads {@code source:line: problem}, then what was
 * expected, so the person editing the CSV can go straight to the row.
 */
public final class VocabularyException extends RuntimeException {

    public VocabularyException(String message) {
        super(message);
    }

    public VocabularyException(String message, Throwable cause) {
        super(message, cause);
    }
}
