package dev.clearance.rules.pack;

/**
 * One thing wrong with a pack, located in its file. Printed the way compilers print errors,
 * {@code file:line:column: code: message}, so editors and CI logs link straight to the place.
 *
 * @param file   path of the file inside the pack set, e.g. {@code us-states/states.csv}
 * @param line   1-based line (for a CSV table, the row's line), 0 when the whole file is at fault
 * @param column 1-based column (for a CSV table, the cell's column), 0 when unknown
 * @param code   stable snake_case identifier of the kind of problem
 * @param message a plain sentence saying what is wrong and, where possible, what to do
 */
public record PackProblem(String file, int line, int column, String code, String message) {

    public static PackProblem at(String file, int line, String code, String message) {
        return new PackProblem(file, line, 0, code, message);
    }

    @Override
    public String toString() {
        StringBuilder where = new StringBuilder(file);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where + ": " + code + ": " + message;
    }
}
