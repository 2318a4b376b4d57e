package dev.clearance.rules.text;

import java.util.Objects;

/**
 * One row of a term list.
 *
 * @param term   the term as the lawyer wrote it
 * @param tier   what a hit means
 * @param label  the listed term this row stands for, e.g. {@code stablecoin} for {@code 穩定幣}
 * @param reason why the row exists, in plain words
 * @param source the file the row came from, for error messages
 * @param line   the row's line in that file, for error messages
 */
public record TermEntry(String term, TermTier tier, String label, String reason, String source, int line) {

    public TermEntry {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(source, "source");
    }

    /** Where this row was written, as {@code source:line}. */
    public String location() {
        return source + ":" + line;
    }

    /** The term as the matcher compares it (width, case, spacing and traditional characters folded). */
    public String foldedForm() {
        return TextFolder.INSTANCE.foldTerm(term, false);
    }
}
