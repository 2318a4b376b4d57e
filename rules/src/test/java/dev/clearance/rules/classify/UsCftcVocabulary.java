package dev.clearance.rules.classify;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The us-cftc pack's vocabulary, found from the repository root whether tests run there or in {@code rules/}. */
final class UsCftcVocabulary {

    static final String PATH = "jurisdictions/us-cftc/categories.csv";

    private UsCftcVocabulary() {
    }

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            if (Files.isRegularFile(candidate.resolve(PATH))) {
                return candidate;
            }
        }
        throw new IllegalStateException("No " + PATH + " above " + dir + "; run from the repository or its rules module");
    }

    static EventClassifier classifier() {
        return EventClassifier.compile(entries());
    }

    /** The vocabulary's rows, read once by a caller that compiles them several ways. */
    static List<VocabularyEntry> entries() {
        try (Reader in = Files.newBufferedReader(repositoryRoot().resolve(PATH), StandardCharsets.UTF_8)) {
            return VocabularyCsv.read(in, PATH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
