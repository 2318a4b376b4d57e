package dev.clearance.rules.text;

/**
 * A term list that cannot be used, reported as {@code source:line: code: message}.
 * The code is stable snake_case so callers can map it; the message says what to fix.
 */
public final class TermListException extends RuntimeException {

    private final String source;
    private final int line;
    private final String code;
    private final String detail;

    public TermListException(String source, int line, String code, String message) {
        super(source + ":" + line + ": " + code + ": " + message);
        this.source = source;
        this.line = line;
        this.code = code;
        this.detail = message;
    }

    public TermListException(String source, int line, String code, String message, Throwable cause) {
        this(source, line, code, message);
        initCause(cause);
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public String code() {
        return code;
    }

    /** The message without its location, for reports that print the location themselves. */
    public String detail() {
        return detail;
    }
}
