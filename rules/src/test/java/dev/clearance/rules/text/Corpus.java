package dev.clearance.rules.text;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The outside corpus, read at run time for measurements only: {@code ../shared/corpus} from the
 * repository root, or from a module folder (where Maven runs tests), or the folder named by the
 * system property {@code clearance.corpus}.
 */
public final class Corpus {

    private Corpus() {
    }

    /** The corpus folder, when present. */
    public static Optional<Path> locate() {
        String configured = System.getProperty("clearance.corpus");
        if (configured != null) {
            return Optional.of(Path.of(configured)).filter(Files::isDirectory);
        }
        return Stream.of(Path.of("..", "shared", "corpus"), Path.of("..", "..", "shared", "corpus"))
                .filter(Files::isDirectory)
                .findFirst();
    }

    /** The values of one column of a corpus CSV file. */
    public static List<String> column(Path file, String column) throws IOException {
        List<String> values = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord record : parser) {
                values.add(record.get(column));
            }
        }
        return values;
    }
}
