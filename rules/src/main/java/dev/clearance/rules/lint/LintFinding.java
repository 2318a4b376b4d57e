package dev.clearance.rules.lint;

import dev.clearance.rules.pack.PackProblem;
import java.util.Locale;

/**
 * One thing the linter found in a pack set: where it is, a stable code, a plain sentence, and
 * how much it matters. Printed like a compiler message with the severity after the place,
 * {@code file:line:column: warning: code: message}.
 */
public record LintFinding(Severity severity, PackProblem problem) {

    static LintFinding error(String file, int line, int column, String code, String message) {
        return new LintFinding(Severity.ERROR, new PackProblem(file, line, column, code, message));
    }

    static LintFinding warning(String file, int line, int column, String code, String message) {
        return new LintFinding(Severity.WARNING, new PackProblem(file, line, column, code, message));
    }

    public String code() {
        return problem.code();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        PackProblem p = problem;
        StringBuilder where = new StringBuilder(p.file());
        if (p.line() > 0) {
            where.append(':').append(p.line());
            if (p.column() > 0) {
                where.append(':').append(p.column());
            }
        }
        return where + ": " + severity.name().toLowerCase(Locale.ROOT) + ": " + p.code() + ": " + p.message();
    }
}
