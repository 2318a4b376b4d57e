package dev.clearance.rules.text;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** The Article (VIII) term list written for tests and benchmarks, loaded once. */
public final class FixtureTerms {

    public static final String RESOURCE = "/text/business-name-terms.csv";

    private static final List<TermEntry> ENTRIES = load();
    private static final TermMatcher MATCHER = TermMatcher.compile(ENTRIES);

    private FixtureTerms() {
    }

    public static List<TermEntry> entries() {
        return ENTRIES;
    }

    public static TermMatcher matcher() {
        return MATCHER;
    }

    private static List<TermEntry> load() {
        try (Reader reader = new InputStreamReader(
                Objects.requireNonNull(FixtureTerms.class.getResourceAsStream(RESOURCE), RESOURCE), StandardCharsets.UTF_8)) {
            return TermCsv.read(reader, "business-name-terms.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
