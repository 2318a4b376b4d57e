package dev.clearance.rules.classify;

import dev.clearance.rules.classify.LabelledCorpus.Outcome;
import dev.clearance.rules.classify.LabelledCorpus.Row;
import dev.clearance.rules.model.EventContract;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures the us-cftc vocabulary against the exchanges' own category labels in the outside
 * corpus, and times classify calls.
 *
 * <p>Each row is classified as the contract an exchange would submit ({@link LabelledCorpus}); the
 * same rows from their titles alone are printed beside, as the harder case. Figures are given for
 * the development split (even lines) and the held-out split (odd lines, titles no one developing
 * the classifier has read). (Until the fourth session all of Polymarket was held out; its
 * systematic errors could then not be seen, so its even lines joined the development split.)
 * Rows whose label is UNMAPPED are left out of agreement but counted in the review share.
 *
 * <p>Run: {@code ./mvnw -B -Pbench -pl rules test -Dtest=ClassifierAccuracy}, or this class's
 * {@code main}. {@code -Dclearance.corpus=DIR} overrides the corpus folder (default
 * {@code ../shared/corpus} from the repository root); {@code -Dclearance.accuracy.showDev=N}
 * prints N titles of the development split that are misclassified or go to review (unmapped
 * ones too, since they count in the review share), never of the held-out ones.
 */
@Tag("benchmark")
class ClassifierAccuracy {

    private static final String VOCABULARY = UsCftcVocabulary.PATH;
    private static final String DEV = LabelledCorpus.DEV;
    private static final String HELD_OUT = LabelledCorpus.HELD_OUT;

    @Test
    void measureAgainstCorpus() throws IOException {
        run();
    }

    public static void main(String[] args) throws IOException {
        run();
    }

    static void run() throws IOException {
        Path corpus = LabelledCorpus.folder();
        Optional<List<Row>> read = LabelledCorpus.read(corpus);
        if (read.isEmpty()) {
            System.out.println("Corpus folder " + corpus + " is absent: nothing to measure.");
            return;
        }
        List<Row> rows = read.get();
        EventClassifier classifier = UsCftcVocabulary.classifier();

        List<Outcome> outcomes = rows.stream()
                .map(row -> new Outcome(row, classifier.classify(row.contract())))
                .toList();
        List<Outcome> titlesOnly = rows.stream()
                .map(row -> new Outcome(row, classifier.classify(titleOnly(row.contract()))))
                .toList();
        System.out.printf("Classifier accuracy: %s against %s (%d rows)%n%n", VOCABULARY, corpus, rows.size());
        System.out.printf("%-34s %7s %7s %10s %12s %12s %10s %8s%n", "split", "rows", "mapped", "agreement", "review(map)",
                "review(all)", "ambiguous", "unknown");
        for (String split : List.of("kalshi" + DEV, "kalshi" + HELD_OUT, "polymarket" + DEV, "polymarket" + HELD_OUT)) {
            summary(split, outcomes.stream().filter(o -> o.row().split().equals(split)).toList());
        }
        summary("development (even lines)", outcomes.stream().filter(o -> o.row().development()).toList());
        summary("held-out (odd lines)", outcomes.stream().filter(o -> !o.row().development()).toList());
        summary("all", outcomes);
        System.out.printf("%nThe same from the titles alone, without the descriptions and terms the sources publish:%n");
        summary("held-out (odd lines), titles only", titlesOnly.stream().filter(o -> !o.row().development()).toList());
        summary("all, titles only", titlesOnly);

        List<Outcome> heldOut = outcomes.stream().filter(o -> o.row().mapped() && !o.row().development()).toList();
        precisionRecall("held-out", heldOut);
        precisionRecall("all", outcomes.stream().filter(o -> o.row().mapped()).toList());
        confusion(outcomes.stream().filter(o -> o.row().mapped()).toList());
        hitsPerCategory(outcomes);
        showDevelopmentMistakes(outcomes);
        time(classifier, rows);
    }

    private static EventContract titleOnly(EventContract contract) {
        return new EventContract(contract.title(), null, null, null, null);
    }

    private static void summary(String name, List<Outcome> outcomes) {
        List<Outcome> mapped = outcomes.stream().filter(o -> o.row().mapped()).toList();
        long agree = mapped.stream().filter(Outcome::agrees).count();
        long reviewMapped = mapped.stream().filter(Outcome::toReview).count();
        long reviewAll = outcomes.stream().filter(Outcome::toReview).count();
        long unknown = outcomes.stream().filter(o -> o.classification().status() == Classification.Status.UNKNOWN).count();
        System.out.printf("%-34s %7d %7d %9.2f%% %11.2f%% %11.2f%% %10d %8d%n", name, outcomes.size(), mapped.size(),
                percent(agree, mapped.size()), percent(reviewMapped, mapped.size()), percent(reviewAll, outcomes.size()),
                reviewAll - unknown, unknown);
    }

    private static void precisionRecall(String name, List<Outcome> mapped) {
        System.out.printf("%nPer category, %s mapped rows (reference = source label)%n", name);
        System.out.printf("%-18s %7s %7s %10s %8s%n", "category", "labels", "picked", "precision", "recall");
        TreeSet<String> categories = new TreeSet<>();
        mapped.forEach(o -> {
            categories.add(o.truth());
            categories.add(o.predicted());
        });
        for (String category : categories) {
            long truth = mapped.stream().filter(o -> o.truth().equals(category)).count();
            long picked = mapped.stream().filter(o -> o.predicted().equals(category)).count();
            long both = mapped.stream().filter(o -> o.truth().equals(category) && o.predicted().equals(category)).count();
            System.out.printf("%-18s %7d %7d %9.1f%% %7.1f%%%n", category, truth, picked, percent(both, picked), percent(both, truth));
        }
    }

    private static void confusion(List<Outcome> mapped) {
        TreeSet<String> categories = new TreeSet<>();
        mapped.forEach(o -> {
            categories.add(o.truth());
            categories.add(o.predicted());
        });
        List<String> order = new ArrayList<>(categories);
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        mapped.forEach(o -> counts.computeIfAbsent(o.truth(), t -> new HashMap<>()).merge(o.predicted(), 1, Integer::sum));
        System.out.printf("%nConfusion, all mapped rows (rows = reference, columns = classifier; first 5 letters)%n%-13s", "");
        order.forEach(c -> System.out.printf("%6s", c.substring(0, Math.min(5, c.length()))));
        System.out.println();
        for (String truth : order) {
            System.out.printf("%-13s", truth.substring(0, Math.min(13, truth.length())));
            Map<String, Integer> row = counts.getOrDefault(truth, Map.of());
            order.forEach(p -> System.out.printf("%6s", row.containsKey(p) ? row.get(p).toString() : "."));
            System.out.println();
        }
    }

    /**
     * How many rows carry a hit in each category, primary or not: rules act on any hit, so a
     * category's count beyond its labelled rows is its exposure to false positives.
     */
    private static void hitsPerCategory(List<Outcome> outcomes) {
        Map<String, Long> counts = new TreeMap<>();
        outcomes.forEach(o -> o.classification().hits().forEach(hit -> counts.merge(hit.category(), 1L, Long::sum)));
        System.out.printf("%nRows with a hit in each category (primary or not), all %d rows%n", outcomes.size());
        counts.forEach((category, count) -> System.out.printf("%-18s %7d%n", category, count));
    }

    private static void showDevelopmentMistakes(List<Outcome> outcomes) {
        int limit = Integer.getInteger("clearance.accuracy.showDev", 0);
        outcomes.stream()
                .filter(o -> o.row().development() && (o.row().mapped() && !o.agrees() || o.toReview()))
                .limit(limit)
                .forEach(o -> System.out.printf("%s: %-22s %-9s got %-14s %s%n", o.row().split(), o.row().accepted(),
                        o.classification().status(), o.predicted(), o.row().title()));
    }

    /** Median and p99 of one classify call over the corpus contracts (title, description, terms), against tokenising the title alone. */
    private static void time(EventClassifier classifier, List<Row> rows) {
        List<EventContract> contracts = rows.stream().map(Row::contract).toList();
        Histogram classify = new Histogram(3);
        Histogram tokenise = new Histogram(3);
        int sink = 0;
        for (int round = 0; round < 8; round++) {
            boolean record = round >= 5;
            for (EventContract contract : contracts) {
                long t0 = System.nanoTime();
                sink += classifier.classify(contract).hits().size();
                long t1 = System.nanoTime();
                sink += Words.of(contract.title()).size();
                long t2 = System.nanoTime();
                if (record) {
                    classify.recordValue(t1 - t0);
                    tokenise.recordValue(t2 - t1);
                }
            }
        }
        System.out.printf("%nSpeed, %d contracts (title, description, terms) x 3 rounds after 5 warm-up rounds, one thread"
                + " (%d cores available)%n",
                contracts.size(), Runtime.getRuntime().availableProcessors());
        System.out.printf("classify        median %6.2f us   p99 %6.2f us%n", classify.getValueAtPercentile(50) / 1000.0,
                classify.getValueAtPercentile(99) / 1000.0);
        System.out.printf("tokenise only   median %6.2f us   p99 %6.2f us   (classify / tokenise = %.1fx)   [%d]%n",
                tokenise.getValueAtPercentile(50) / 1000.0, tokenise.getValueAtPercentile(99) / 1000.0,
                (double) classify.getValueAtPercentile(50) / Math.max(1, tokenise.getValueAtPercentile(50)), sink % 10);
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
