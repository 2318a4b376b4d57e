package dev.clearance.rules.lint;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks on fact tables row by row: cited rows cite, dates are dates, and the periods of one
 * thing (one state, one category) neither overlap nor, where the table says it is continuous,
 * leave a gap.
 */
final class TableChecks {

    static final String EFFECTIVE_FROM = "effectiveFrom";
    static final String EFFECTIVE_TO = "effectiveTo";

    private TableChecks() {
    }

    /** One row's period, with what identifies the thing it is a period of. */
    private record Period(String key, LocalDate from, LocalDate to, int line) {

        boolean endsAfter(LocalDate date) {
            return to == null || to.isAfter(date);
        }
    }

    static void check(PackText pack, List<LintFinding> findings) {
        for (CsvTable table : pack.factTables()) {
            checkCitations(table, findings);
            List<Period> periods = checkDates(pack, table, findings);
            checkPeriods(table, periods, findings);
        }
    }

    private static void checkCitations(CsvTable table, List<LintFinding> findings) {
        int instrument = table.column("instrument");
        int article = table.column("article");
        if (instrument < 0 && article < 0) {
            return;
        }
        if (instrument < 0 || article < 0) {
            findings.add(LintFinding.error(table.path(), 1, 0, "half_citation_columns",
                    "The table has an " + (instrument < 0 ? "article" : "instrument")
                            + " column but no " + (instrument < 0 ? "instrument" : "article")
                            + " column; a row cites with both or neither."));
            return;
        }
        for (CsvTable.Row row : table.rows()) {
            for (int column : new int[] {instrument, article}) {
                if (row.cell(column).isBlank()) {
                    findings.add(LintFinding.error(table.path(), row.line(), column + 1, "missing_row_citation",
                            "This row leaves `" + table.header().get(column) + "` blank; every row of a table that "
                                    + "cites must name its instrument and article."));
                }
            }
        }
    }

    private static List<Period> checkDates(PackText pack, CsvTable table, List<LintFinding> findings) {
        Set<String> dateColumns = new LinkedHashSet<>(List.of(EFFECTIVE_FROM, EFFECTIVE_TO));
        dateColumns.addAll(pack.dateFields(table.spec().fact()));
        List<Integer> keyColumns = keyColumns(table, findings);
        List<Period> periods = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            Map<String, LocalDate> dates = new LinkedHashMap<>();
            boolean malformed = false;
            for (String name : dateColumns) {
                int column = table.column(name);
                String cell = row.cell(column);
                if (column < 0 || cell.isEmpty()) {
                    continue;
                }
                try {
                    dates.put(name, LocalDate.parse(cell));
                } catch (DateTimeParseException e) {
                    malformed = true;
                    findings.add(LintFinding.error(table.path(), row.line(), column + 1, "malformed_date",
                            "`" + cell + "` in column " + name + " is not a date; write it as YYYY-MM-DD, e.g. 2026-02-06."));
                }
            }
            LocalDate from = dates.get(EFFECTIVE_FROM);
            LocalDate to = dates.get(EFFECTIVE_TO);
            if (from != null && to != null && !to.isAfter(from)) {
                findings.add(LintFinding.error(table.path(), row.line(), table.column(EFFECTIVE_TO) + 1, "empty_date_range",
                        "effectiveTo " + to + " is not after effectiveFrom " + from + ", so the row is never in force."));
            } else if (!malformed && !keyColumns.isEmpty()) {
                String key = keyColumns.stream().map(row::cell).collect(Collectors.joining(" / "));
                periods.add(new Period(key, from, to, row.line()));
            }
        }
        return periods;
    }

    /** The declared key columns, or the first column; empty (with a finding) when a declared one is missing. */
    private static List<Integer> keyColumns(CsvTable table, List<LintFinding> findings) {
        if (table.spec().key().isEmpty()) {
            return table.header().isEmpty() ? List.of() : List.of(0);
        }
        List<Integer> columns = new ArrayList<>();
        for (String name : table.spec().key()) {
            if (table.column(name) < 0) {
                findings.add(LintFinding.error(table.path(), 1, 0, "unknown_key_column",
                        "pack.yaml declares `" + name + "` as a key column of this table, but the header has no such column."));
                return List.of();
            }
            columns.add(table.column(name));
        }
        return columns;
    }

    private static void checkPeriods(CsvTable table, List<Period> periods, List<LintFinding> findings) {
        // With no declared key the first column is a guess, so an overlap there only warns.
        boolean declaredKey = !table.spec().key().isEmpty();
        String keyName = declaredKey ? String.join(" + ", table.spec().key()) : table.header().get(0);
        Map<String, List<Period>> byKey = periods.stream().collect(Collectors.groupingBy(Period::key, LinkedHashMap::new,
                Collectors.toList()));
        for (List<Period> same : byKey.values()) {
            List<Period> sorted = same.stream()
                    .sorted(Comparator.comparing(Period::from, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
            for (int i = 1; i < sorted.size(); i++) {
                Period before = sorted.get(i - 1);
                Period after = sorted.get(i);
                if (after.from() == null || before.endsAfter(after.from())) {
                    String message = "This row for " + keyName + " `" + after.key() + "` is in force "
                            + describe(after) + ", overlapping the row at line " + before.line() + " (" + describe(before)
                            + "); end the earlier row where this one starts"
                            + (declaredKey ? "." : ", or declare the table's key columns in pack.yaml.");
                    findings.add(declaredKey
                            ? LintFinding.error(table.path(), after.line(), 0, "overlapping_periods", message)
                            : LintFinding.warning(table.path(), after.line(), 0, "overlapping_periods", message));
                } else if (table.spec().isContinuous() && before.to().isBefore(after.from())) {
                    findings.add(LintFinding.error(table.path(), after.line(), 0, "gap_in_periods",
                            "This row for " + keyName + " `" + after.key() + "` starts on " + after.from()
                                    + " but the row at line " + before.line() + " ends on " + before.to()
                                    + "; the table is declared continuous, so nothing would answer from "
                                    + before.to() + " until " + after.from() + "."));
                }
            }
        }
    }

    private static String describe(Period period) {
        return "from " + (period.from() == null ? "the beginning" : period.from())
                + (period.to() == null ? " with no end" : " until " + period.to());
    }
}
