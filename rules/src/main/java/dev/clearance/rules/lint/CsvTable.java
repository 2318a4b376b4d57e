package dev.clearance.rules.lint;

import dev.clearance.rules.pack.PackManifest;
import dev.clearance.rules.pack.SourceLines;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A fact table as written: its header and each row's cells with the line the row starts on
 * (counted from the text, so blank lines and quoted line breaks do not shift it).
 */
record CsvTable(PackManifest.Table spec, String path, List<String> header, List<Row> rows) {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();

    /** One row: its first line in the file and its cells in header order. */
    record Row(int line, List<String> cells) {

        String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }
    }

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException with the parser's message when the text is not CSV
     */
    static CsvTable parse(PackManifest.Table spec, String path, String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv)).setFormat(FORMAT).get()) {
            List<Row> rows = new ArrayList<>();
            SourceLines lines = new SourceLines(csv);
            for (CSVRecord record : parser) {
                rows.add(new Row(lines.recordLineAt(record.getCharacterPosition()), record.toList()));
            }
            return new CsvTable(spec, path, List.copyOf(parser.getHeaderNames()), List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The 0-based index of a column, or -1 when the table has none of that name. */
    int column(String name) {
        return header.indexOf(name);
    }
}
