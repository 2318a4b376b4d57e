package dev.clearance.rules.classify;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a classifier vocabulary from CSV with the header {@code category,phrase,weight,note}
 * ({@code note} optional). Lines starting with {@code #} are comments and blank lines are
 * skipped, so a lawyer can keep the file in commented sections. A row of the reserved category
 * {@link VocabularyEntry#NONE} is a stop phrase: weight 0 and at least two words, since it only
 * keeps the shorter phrases inside it from matching. Every problem is reported as
 * {@code source:line: what is wrong; what was expected}.
 */
public final class VocabularyCsv {

    /** The most words a phrase may have: the classifier looks at word windows of this size. */
    public static final int MAX_PHRASE_WORDS = 4;

    private static final Set<String> REQUIRED_COLUMNS = Set.of("category", "phrase", "weight");
    private static final Set<String> KNOWN_COLUMNS = Set.of("category", "phrase", "weight", "note");
    private static final Pattern CATEGORY = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private VocabularyCsv() {
    }

    /**
     * Parses every row of {@code in}.
     *
     * @param sourceName the name used in error messages and kept in each entry, e.g. {@code us-cftc/categories.csv}
     * @throws VocabularyException naming the line of the first bad row
     */
    public static List<VocabularyEntry> read(Reader in, String sourceName) {
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
            checkHeader(parser.getHeaderNames(), sourceName);
            List<VocabularyEntry> entries = new ArrayList<>();
            for (CSVRecord row : parser) {
                // The parser's line count after a row is the row's last line; rows are one line each in practice.
                entries.add(entry(row, sourceName, (int) parser.getCurrentLineNumber()));
            }
            return entries;
        } catch (IOException | UncheckedIOException e) {
            // commons-csv reports a broken quote as an I/O error that names the line.
            throw new VocabularyException(sourceName + ": cannot read vocabulary: " + e.getMessage()
                    + "; expected comma-separated cells with balanced \" quotes", e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new VocabularyException(sourceName + ": malformed CSV: " + e.getMessage()
                    + "; expected comma-separated cells, quoted with \" when they contain a comma", e);
        }
    }

    private static void checkHeader(List<String> header, String source) {
        if (!header.containsAll(REQUIRED_COLUMNS) || !KNOWN_COLUMNS.containsAll(header)) {
            throw new VocabularyException(source + ":1: header is `" + String.join(",", header)
                    + "`; expected the columns category,phrase,weight and optionally note");
        }
    }

    private static VocabularyEntry entry(CSVRecord row, String source, int line) {
        String where = source + ":" + line + ": ";
        int columns = row.getParser().getHeaderNames().size();
        boolean complete = REQUIRED_COLUMNS.stream().allMatch(row::isSet);
        if (!complete || row.size() > columns) {
            throw new VocabularyException(where + "row has " + row.size() + " cells; expected " + columns
                    + " as in the header, the note may be left off (quote a phrase that contains a comma)");
        }
        String category = row.get("category");
        if (!CATEGORY.matcher(category).matches()) {
            throw new VocabularyException(where + "category `" + category
                    + "` is not an identifier; expected upper-case letters, digits and _ such as SPORTS or UNLAWFUL_ACTIVITY");
        }
        String phrase = row.get("phrase");
        int words = Words.of(phrase).size();
        if (words == 0 || words > MAX_PHRASE_WORDS) {
            throw new VocabularyException(where + "phrase `" + phrase + "` has " + words
                    + " words; expected 1 to " + MAX_PHRASE_WORDS);
        }
        boolean stop = category.equals(VocabularyEntry.NONE);
        if (stop && words == 1) {
            throw new VocabularyException(where + "stop phrase `" + phrase + "` has 1 word, so there is nothing "
                    + "shorter inside it to stop; expected 2 to " + MAX_PHRASE_WORDS + " words");
        }
        double weight = weight(row.get("weight"), where);
        if (stop && weight != 0) {
            throw new VocabularyException(where + "weight `" + row.get("weight") + "` on a NONE row; a stop phrase is "
                    + "evidence for nothing, expected weight 0");
        }
        if (!stop && weight == 0) {
            throw new VocabularyException(where + "weight `" + row.get("weight") + "` is out of range; expected a number "
                    + "greater than 0 (only a NONE row, a stop phrase, weighs 0)");
        }
        return new VocabularyEntry(category, phrase, weight, source, line);
    }

    private static double weight(String cell, String where) {
        double weight;
        try {
            weight = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new VocabularyException(where + "weight `" + cell + "` is not a number; expected a decimal such as 2 or 0.5", e);
        }
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new VocabularyException(where + "weight `" + cell + "` is out of range; expected a number greater than 0"
                    + " (or 0 on a NONE row, a stop phrase)");
        }
        return weight == 0 ? 0 : weight; // -0 reads as 0
    }
}
