package dev.clearance.rules.screen;

/**
 * An input row that could not be screened. It is counted and reported, never silently dropped.
 *
 * @param line    1-based line number in the input (the header is line 1)
 * @param code    stable snake_case code: {@code not_utf8}, {@code line_too_long}, {@code bad_quotes},
 *                {@code wrong_column_count}, {@code empty_name}
 * @param message what is wrong, in plain words
 */
public record BadRow(long line, String code, String message) {

    @Override
    public String toString() {
        return "line " + line + ": " + code + ": " + message;
    }
}
