package dev.clearance.rules.classify;

import dev.clearance.rules.model.EventContract;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The outside corpus's Kalshi and Polymarket rows that carry a source label, read as the contracts
 * an exchange would submit, each with the categories of ours its label accepts.
 *
 * <p>Each row's contract is its title, with what the source publishes beside it as the description
 * (Kalshi's subtitle, a Polymarket market's event title when it differs from the market's) and
 * the terms (Kalshi's resolution text, from {@code kalshi_market_rules.csv}, for the events it
 * covers).
 *
 * <p>Splits: the vocabulary and the classifier's settings are developed looking only at rows on
 * even lines of each source file ({@code kalshi-dev}, {@code polymarket-dev}); rows on odd lines
 * ({@code kalshi-held-out}, {@code polymarket-held-out}) are the held-out figures, titles no one
 * developing the classifier has read. Source labels map to our categories through
 * {@code classify/source-label-map.csv}.
 */
final class LabelledCorpus {

    static final String DEV = "-dev";
    static final String HELD_OUT = "-held-out";
    /** The corpus files: a header, no comment lines (a title may begin with '#'). */
    private static final CSVFormat CORPUS = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    /** Our label map: the corpus format with '#' comment lines. */
    private static final CSVFormat LABEL_MAP = CORPUS.builder().setCommentMarker('#').get();

    /** A labelled corpus row ({@code accepted} is empty when its label is UNMAPPED). */
    record Row(String split, EventContract contract, List<String> accepted) {
        String title() {
            return contract.title();
        }

        boolean mapped() {
            return !accepted.isEmpty();
        }

        boolean development() {
            return split.endsWith(DEV);
        }
    }

    /** A row and what the classifier made of it. */
    record Outcome(Row row, Classification classification) {
        private static final String NO_PRIMARY = "UNKNOWN";

        String predicted() {
            return classification.primary() == null ? NO_PRIMARY : classification.primary();
        }

        boolean agrees() {
            return row.accepted().contains(predicted());
        }

        /** The reference category: the classifier's pick when the label accepts it, else the label's first category. */
        String truth() {
            return agrees() ? predicted() : row.accepted().get(0);
        }

        boolean toReview() {
            return classification.status() != Classification.Status.CLEAR;
        }
    }

    private LabelledCorpus() {
    }

    /** {@code -Dclearance.corpus=DIR}, else {@code ../shared/corpus} from the repository root. */
    static Path folder() {
        String configured = System.getProperty("clearance.corpus");
        return configured != null ? Path.of(configured)
                : UsCftcVocabulary.repositoryRoot().resolve("..").resolve("shared").resolve("corpus").normalize();
    }

    /** The labelled rows of both sources, or empty when the corpus folder is absent. */
    static Optional<List<Row>> read(Path corpus) throws IOException {
        if (!Files.isDirectory(corpus)) {
            return Optional.empty();
        }
        Map<String, List<String>> labels = labelMap();
        List<Row> rows = new ArrayList<>();
        Map<String, String> kalshiTerms = kalshiTerms(corpus.resolve("kalshi_market_rules.csv"));
        readSource(corpus.resolve("kalshi_markets.csv"), "kalshi", labels, rows, record -> new EventContract(
                record.get("title"), textOrNull(record.get("sub_title")), kalshiTerms.get(record.get("id")), null, null));
        readSource(corpus.resolve("polymarket_markets.csv"), "polymarket", labels, rows, record -> new EventContract(
                record.get("title"), eventTitleOf(record), null, null, null));
        return Optional.of(rows);
    }

    private static Map<String, List<String>> labelMap() throws IOException {
        Map<String, List<String>> map = new HashMap<>();
        try (Reader in = new InputStreamReader(
                LabelledCorpus.class.getResourceAsStream("/classify/source-label-map.csv"), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(LABEL_MAP).get()) {
            for (CSVRecord record : parser) {
                String category = record.get("category");
                map.put(record.get("source") + "/" + record.get("label"),
                        category.equals("UNMAPPED") ? List.of() : Arrays.asList(category.split("\\|")));
            }
        }
        return map;
    }

    private static String textOrNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** A Polymarket market's event title, its description when it says more than the market's own title. */
    private static String eventTitleOf(CSVRecord record) {
        String eventTitle = record.get("parent_event_title");
        return eventTitle.equals(record.get("title")) ? null : textOrNull(eventTitle);
    }

    /**
     * Kalshi's contract terms (the resolution text) in one map by market ticker and by event
     * ticker: a corpus row's id is one or the other, and the two never look alike (an event ticker
     * is a market ticker's prefix). An event takes the terms of its first market, which differ from
     * its other markets' only in the strike.
     */
    private static Map<String, String> kalshiTerms(Path file) throws IOException {
        Map<String, String> terms = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return terms;
        }
        try (CSVParser parser = openCsv(file)) {
            for (CSVRecord record : parser) {
                terms.putIfAbsent(record.get("id"), record.get("rules_primary"));
                terms.putIfAbsent(record.get("event_ticker"), record.get("rules_primary"));
            }
        }
        return terms;
    }

    private static CSVParser openCsv(Path file) throws IOException {
        Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        try {
            return CSVParser.builder().setReader(reader).setFormat(CORPUS).get();
        } catch (IOException | RuntimeException e) {
            reader.close(); // the parser owns the reader only once it exists
            throw e;
        }
    }

    /** {@code contract}: the contract an exchange would submit for a corpus row, from the row's text. */
    private static void readSource(Path file, String source, Map<String, List<String>> labels, List<Row> rows,
                                   Function<CSVRecord, EventContract> contract) throws IOException {
        try (CSVParser parser = openCsv(file)) {
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                String label = record.get("category").trim();
                if (label.isEmpty()) {
                    continue;
                }
                List<String> accepted = labels.get(source + "/" + label);
                if (accepted == null) {
                    throw new IllegalStateException(file + ":" + line + ": label `" + label
                            + "` is not in classify/source-label-map.csv; add it with a category or UNMAPPED");
                }
                String split = source + (line % 2 == 0 ? DEV : HELD_OUT);
                rows.add(new Row(split, contract.apply(record), accepted));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
