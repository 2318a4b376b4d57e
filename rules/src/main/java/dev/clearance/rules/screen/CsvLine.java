package dev.clearance.rules.screen;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 fields of one line. Bulk input is split into lines before decoding so that each bad
 * line can be reported and skipped on its own; a quoted field spanning lines is therefore a bad row.
 */
final class CsvLine {

    private CsvLine() {
    }

    /** The fields of {@code line}, or null when its quotes are unbalanced. */
    static List<String> parse(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int length = line.length();
        while (true) {
            field.setLength(0);
            if (i < length && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= length) {
                        return null;
                    }
                    char c = line.charAt(i++);
                    if (c != '"') {
                        field.append(c);
                    } else if (i < length && line.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
                if (i < length && line.charAt(i) != ',') {
                    return null;
                }
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? length : comma;
                field.append(line, i, end);
                i = end;
            }
            fields.add(field.toString());
            if (i >= length) {
                return fields;
            }
            i++;
        }
    }

    /** Appends {@code value} to {@code out}, quoted when it holds a comma, a quote or a line break. */
    static void appendField(StringBuilder out, String value) {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.append(value);
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(c);
            if (c == '"') {
                out.append('"');
            }
        }
        out.append('"');
    }
}
