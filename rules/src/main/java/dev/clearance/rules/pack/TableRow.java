package dev.clearance.rules.pack;

import dev.clearance.rules.model.Citation;
import java.time.LocalDate;

/**
 * One row of a fact table: the fact the rules see, the dates it holds for ({@code to} exclusive,
 * null = open), the citation it carries (null when the table has none) and where it was written.
 */
public record TableRow(Object fact, LocalDate from, LocalDate to, Citation citation, String note, String file, int line,
        String location) {

    public TableRow(Object fact, LocalDate from, LocalDate to, Citation citation, String note, String file, int line) {
        this(fact, from, to, citation, note, file, line, file + ":" + line);
    }

    public boolean inForceOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
    }
}
