package dev.clearance.rules.pack;

import dev.clearance.rules.model.Citation;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kie.api.definition.type.FactField;
import org.kie.api.definition.type.FactType;

/**
 * Turns a CSV table into instances of a type declared in the pack's DRL. Columns name the
 * declared fields; the reserved columns carry dates, citation and note for every row. Every
 * problem names the file, the row's line and the cell's column. A field declared
 * {@code java.util.Set} reads a {@code |}-separated cell, so a rule can test membership with
 * {@code contains} instead of splitting text on every evaluation.
 */
final class FactTableReader {

    static final String EFFECTIVE_FROM = "effectiveFrom";
    static final String EFFECTIVE_TO = "effectiveTo";
    static final String INSTRUMENT = "instrument";
    static final String ARTICLE = "article";
    static final String NOTE = "note";
    private static final Set<String> DATE_COLUMNS = Set.of(EFFECTIVE_FROM, EFFECTIVE_TO);
    /** Row metadata every table may carry; set on the fact too when its type declares the field. */
    private static final Set<String> RESERVED = Set.of(EFFECTIVE_FROM, EFFECTIVE_TO, INSTRUMENT, ARTICLE, NOTE);

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();

    private FactTableReader() {
    }

    /** True when the table's rows carry their own citation. */
    static boolean citesRows(String csv) {
        String header = csv.lines().findFirst().orElse("");
        List<String> columns = List.of(header.split(",", -1));
        return columns.contains(INSTRUMENT) && columns.contains(ARTICLE);
    }

    static List<TableRow> read(String path, String csv, FactType type, List<PackProblem> problems) {
        List<TableRow> rows = new ArrayList<>();
        String text = stripBom(csv);
        SourceLines lines = new SourceLines(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (String column : header.keySet()) {
                if (!RESERVED.contains(column) && type.getField(column) == null) {
                    problems.add(new PackProblem(path, 1, header.get(column) + 1, "unknown_column",
                            "Column `" + column + "` is not a field of `" + type.getSimpleName()
                                    + "`; declare it in the pack's DRL or fix the header."));
                }
            }
            for (CSVRecord record : parser) {
                TableRow row = readRow(path, lines.recordLineAt(record.getCharacterPosition()), record, header, type,
                        problems);
                if (row != null) {
                    rows.add(row);
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(PackProblem.at(path, 0, "invalid_csv", "The table cannot be read as CSV: " + e.getMessage()));
        }
        return rows;
    }

    private static TableRow readRow(String path, int line, CSVRecord record, Map<String, Integer> header, FactType type,
            List<PackProblem> problems) {
        if (record.size() != header.size()) {
            problems.add(PackProblem.at(path, line, "wrong_cell_count",
                    "This row has " + record.size() + " cells; the header has " + header.size() + "."));
            return null;
        }
        int before = problems.size();
        Object fact;
        try {
            fact = type.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate declared type " + type.getName(), e);
        }
        LocalDate from = null;
        LocalDate to = null;
        for (Map.Entry<String, Integer> column : header.entrySet()) {
            String cell = record.get(column.getValue());
            int col = column.getValue() + 1;
            switch (column.getKey()) {
                case EFFECTIVE_FROM -> from = date(path, line, col, column.getKey(), cell, problems);
                case EFFECTIVE_TO -> to = date(path, line, col, column.getKey(), cell, problems);
                default -> setField(path, line, col, type, fact, column.getKey(), cell, problems);
            }
        }
        if (from != null && to != null && !to.isAfter(from)) {
            problems.add(PackProblem.at(path, line, "empty_date_range",
                    "effectiveTo " + to + " is not after effectiveFrom " + from + "."));
        }
        if (problems.size() > before) {
            return null;
        }
        Citation citation = header.containsKey(INSTRUMENT) && header.containsKey(ARTICLE)
                ? new Citation(record.get(INSTRUMENT), record.get(ARTICLE)) : null;
        if (citation != null && (citation.instrument().isBlank() || citation.article().isBlank())) {
            problems.add(PackProblem.at(path, line, "missing_citation",
                    "Every row must cite its instrument and article."));
            return null;
        }
        String note = header.containsKey(NOTE) ? record.get(NOTE) : null;
        return new TableRow(fact, from, to, citation, note, path, line);
    }

    private static LocalDate date(String path, int line, int col, String column, String cell, List<PackProblem> problems) {
        if (cell.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
            problems.add(new PackProblem(path, line, col, "malformed_date",
                    "`" + cell + "` in column " + column + " is not a date; write it as YYYY-MM-DD."));
            return null;
        }
    }

    private static void setField(String path, int line, int col, FactType type, Object fact, String name, String cell,
            List<PackProblem> problems) {
        FactField field = type.getField(name);
        if (field == null) {
            return; // metadata only, or an unknown column reported once on the header
        }
        try {
            type.set(fact, name, convert(field.getType(), cell));
        } catch (IllegalArgumentException e) {
            problems.add(new PackProblem(path, line, col, "invalid_cell",
                    "`" + cell + "` in column " + name + ": " + e.getMessage()));
        }
    }

    private static Object convert(Class<?> target, String cell) {
        if (target == String.class) {
            return cell.isEmpty() ? null : cell;
        }
        if (target == int.class || target == Integer.class) {
            return cell.isEmpty() ? (target == int.class ? 0 : null) : parseInt(cell);
        }
        if (target == double.class || target == Double.class) {
            return cell.isEmpty() ? (target == double.class ? 0.0 : null) : parseDouble(cell);
        }
        if (target == boolean.class || target == Boolean.class) {
            return cell.isEmpty() ? (target == boolean.class ? false : null) : parseBoolean(cell);
        }
        if (target == Set.class) {
            return cell.isEmpty() ? Set.of() : setOf(cell);
        }
        if (target == LocalDate.class) {
            try {
                return cell.isEmpty() ? null : LocalDate.parse(cell);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("expected a date written YYYY-MM-DD");
            }
        }
        throw new IllegalArgumentException("fields of type " + target.getSimpleName()
                + " cannot be read from a table; use String, int, double, boolean, LocalDate or java.util.Set");
    }

    private static Set<String> setOf(String cell) {
        Set<String> items = new LinkedHashSet<>();
        for (String item : cell.split("\\|", -1)) {
            String trimmed = item.strip();
            if (trimmed.isEmpty()) {
                throw new IllegalArgumentException("an item of the |-separated list is empty");
            }
            if (!items.add(trimmed)) {
                throw new IllegalArgumentException("`" + trimmed + "` is listed twice");
            }
        }
        return Set.copyOf(items);
    }

    private static int parseInt(String cell) {
        try {
            return Integer.parseInt(cell);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole number");
        }
    }

    private static double parseDouble(String cell) {
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a number");
        }
    }

    private static boolean parseBoolean(String cell) {
        return switch (cell.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "y" -> true;
            case "false", "no", "n" -> false;
            default -> throw new IllegalArgumentException("expected true or false");
        };
    }

    static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
