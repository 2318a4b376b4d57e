package dev.clearance.rules.impact;

import dev.clearance.rules.model.BusinessName;
import dev.clearance.rules.model.DecisionRequest;
import dev.clearance.rules.model.EventContract;
import dev.clearance.rules.model.Jurisdiction;
import dev.clearance.rules.model.Venue;
import dev.clearance.rules.model.VenueRegistration;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Real subjects from the shared corpus, read at run time and never copied: Kalshi market titles
 * as event contracts listed on a DCM, asked for every jurisdiction, and company names as
 * business names, asked for China. Repeated titles and names are decided once.
 */
public final class CorpusRequests {

    public static final String SOURCE = "corpus";
    static final String MARKETS = "kalshi_markets.csv";
    static final String COMPANIES = "company_names.csv";
    private static final String CHINA = "CN";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private CorpusRequests() {
    }

    /**
     * Reads both corpus files that exist under {@code corpus}.
     *
     * @param limit the most requests taken from each file; 0 for all
     */
    public static List<LabelledRequest> read(Path corpus, LocalDate asOf, int limit) {
        List<LabelledRequest> requests = new ArrayList<>();
        Venue dcm = new Venue("Corpus venue", VenueRegistration.DCM);
        List<Jurisdiction> everywhere = Jurisdiction.all();
        for (String title : column(corpus.resolve(MARKETS), "title", limit)) {
            requests.add(new LabelledRequest(SOURCE, title, new DecisionRequest(
                    new EventContract(title, null, null, dcm, null), everywhere, asOf)));
        }
        List<Jurisdiction> china = List.of(Jurisdiction.find(CHINA).orElseThrow());
        for (String name : column(corpus.resolve(COMPANIES), "name", limit)) {
            requests.add(new LabelledRequest(SOURCE, name, new DecisionRequest(new BusinessName(name, null, CHINA), china, asOf)));
        }
        return requests;
    }

    /** The distinct non-blank values of one column, in file order; none when the file is absent. */
    private static Set<String> column(Path file, String column, int limit) {
        Set<String> values = new LinkedHashSet<>();
        if (!Files.isRegularFile(file)) {
            return values;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            if (!parser.getHeaderNames().contains(column)) {
                throw new IllegalArgumentException(file + " has no `" + column + "` column; its header is "
                        + parser.getHeaderNames());
            }
            for (CSVRecord record : parser) {
                String value = record.get(column).trim();
                if (!value.isEmpty()) {
                    values.add(value);
                }
                if (limit > 0 && values.size() >= limit) {
                    break;
                }
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus file " + file, e);
        }
    }
}
