package dev.clearance.rules.text;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a term list written as CSV (RFC 4180, UTF-8) with the header {@code term,tier,label,reason}.
 * Every problem is reported as a {@link TermListException} naming the file and line.
 */
public final class TermCsv {

    static final List<String> COLUMNS = List.of("term", "tier", "label", "reason");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();

    private TermCsv() {
    }

    /** Reads a term list file; {@code sourceName} is how error messages and hits name it. */
    public static List<TermEntry> read(Path file, String sourceName) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, sourceName);
        } catch (CharacterCodingException e) {
            throw new TermListException(sourceName, 0, "not_utf8", "the file is not valid UTF-8; save it as UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read term list " + file, e);
        }
    }

    /** Reads a term list; the reader is not closed. */
    public static List<TermEntry> read(Reader reader, String sourceName) {
        try {
            CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
            Map<String, Integer> columns = columnIndexes(parser.getHeaderNames(), sourceName);
            List<TermEntry> entries = new ArrayList<>();
            long nextLine = parser.getCurrentLineNumber() + 1;
            for (CSVRecord record : parser) {
                int line = (int) nextLine;
                entries.add(entry(record, columns, sourceName, line));
                nextLine = parser.getCurrentLineNumber() + 1;
            }
            return entries;
        } catch (CharacterCodingException e) {
            throw new TermListException(sourceName, 0, "not_utf8", "the file is not valid UTF-8; save it as UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read term list " + sourceName, e);
        } catch (IllegalArgumentException e) {
            // commons-csv rejects a header that names a column twice.
            throw new TermListException(sourceName, 1, "bad_header", e.getMessage(), e);
        } catch (IllegalStateException | UncheckedIOException e) {
            // commons-csv reports an unterminated quote this way; its message carries the position.
            throw new TermListException(sourceName, 0, "bad_csv", e.getMessage(), e);
        }
    }

    /** The index of each expected column, after checking the header names exactly those columns. */
    private static Map<String, Integer> columnIndexes(List<String> header, String sourceName) {
        if (header.isEmpty()) {
            throw new TermListException(sourceName, 1, "missing_header",
                    "the first line must be the header `" + String.join(",", COLUMNS) + "`");
        }
        Map<String, Integer> indexes = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = stripByteOrderMark(header.get(i));
            if (!COLUMNS.contains(name)) {
                throw new TermListException(sourceName, 1, "unknown_column",
                        "unknown column `" + name + "`; the columns are `" + String.join(",", COLUMNS) + "`");
            }
            indexes.put(name, i);
        }
        for (String column : COLUMNS) {
            if (!indexes.containsKey(column)) {
                throw new TermListException(sourceName, 1, "missing_column",
                        "the header has no column `" + column + "`; the columns are `" + String.join(",", COLUMNS) + "`");
            }
        }
        return indexes;
    }

    private static TermEntry entry(CSVRecord record, Map<String, Integer> columns, String sourceName, int line) {
        if (!record.isConsistent()) {
            throw new TermListException(sourceName, line, "wrong_column_count",
                    "the row has " + record.size() + " fields, the header " + COLUMNS.size()
                            + "; quote a field that contains a comma");
        }
        String tierText = record.get(columns.get("tier")).trim();
        TermTier tier;
        try {
            tier = TermTier.valueOf(tierText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TermListException(sourceName, line, "bad_tier",
                    "unknown tier `" + tierText + "`; use PROHIBITED, REVIEW or ALLOW");
        }
        return new TermEntry(record.get(columns.get("term")), tier, record.get(columns.get("label")).trim(),
                record.get(columns.get("reason")).trim(), sourceName, line);
    }

    /** Spreadsheet programs often start a UTF-8 file with a byte order mark. */
    private static String stripByteOrderMark(String column) {
        return column.startsWith("\uFEFF") ? column.substring(1).trim() : column.trim();
    }
}
