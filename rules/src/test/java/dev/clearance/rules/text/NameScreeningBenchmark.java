package dev.clearance.rules.text;

import com.ibm.icu.text.Normalizer2;
import org.ahocorasick.trie.Trie;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * Measures name screening on the real company-name corpus: throughput of {@link TermMatcher}
 * (normalisation included, one thread) against two baselines in the same run, every hit on the
 * corpus for a person to judge, and the evasion suite.
 *
 * <p>Run: {@code ./mvnw -B -Pbench -pl rules test -Dtest=NameScreeningBenchmark}, or its {@code main}.
 */
@Tag("benchmark")
class NameScreeningBenchmark {

    private static final int WARM_UP_RUNS = 3;
    private static final int MEASURED_RUNS = 7;
    /** CPU time of the measuring thread, not wall time: the machine is shared, and other load would count otherwise. */
    private static final ThreadMXBean THREAD_CPU = ManagementFactory.getThreadMXBean();

    @Test
    void measure() throws Exception {
        main(new String[0]);
    }

    public static void main(String[] args) throws Exception {
        Optional<Path> corpus = Corpus.locate();
        if (corpus.isEmpty()) {
            System.out.println("Corpus not found (../shared/corpus or -Dclearance.corpus); nothing to measure.");
            return;
        }
        List<String> names = Corpus.column(corpus.get().resolve("company_names.csv"), "name");
        List<TermEntry> entries = liveTerms();
        TermMatcher matcher = TermMatcher.compile(entries);
        Normalizer2 nfkcCasefold = Normalizer2.getNFKCCasefoldInstance();
        String[] terms = entries.stream().map(entry -> nfkcCasefold.normalize(entry.term())).toArray(String[]::new);
        String[] folded = names.stream().map(nfkcCasefold::normalize).toArray(String[]::new);
        Trie ahoCorasick = Trie.builder().addKeywords(terms).build();

        System.out.printf("Name screening over %,d corpus names, %d terms, one thread, thread CPU time, %d warm-up + median of %d runs (%d cores on this machine)%n",
                names.size(), entries.size(), WARM_UP_RUNS, MEASURED_RUNS, Runtime.getRuntime().availableProcessors());
        Rate ours = namesPerSecond(names.toArray(String[]::new), name -> matcher.find("name", name).size());
        Rate containsFolded = namesPerSecond(folded, name -> containsCount(name, terms));
        Rate containsWithFolding = namesPerSecond(names.toArray(String[]::new), name -> containsCount(nfkcCasefold.normalize(name), terms));
        Rate ahoFolded = namesPerSecond(folded, name -> ahoCorasick.parseText(name).size());
        Rate ahoWithFolding = namesPerSecond(names.toArray(String[]::new), name -> ahoCorasick.parseText(nfkcCasefold.normalize(name)).size());
        print("TermMatcher (all folding, boundaries, ALLOW)", ours, ours);
        print("String.contains loop, names pre-folded", containsFolded, ours);
        print("String.contains loop + ICU NFKC_Casefold", containsWithFolding, ours);
        print("org.ahocorasick, names pre-folded", ahoFolded, ours);
        print("org.ahocorasick + ICU NFKC_Casefold", ahoWithFolding, ours);

        printCorpusHits(names, matcher);
        printEvasionSuite(matcher, entries);
    }

    /**
     * The China pack's own term list when this runs in the repository (what the service screens
     * with), else the test fixture; {@code -Dclearance.terms=FILE} picks another list.
     */
    private static List<TermEntry> liveTerms() {
        Path pack = Path.of(System.getProperty("clearance.terms",
                Path.of("..", "jurisdictions", "cn-pboc-2026-42", "business-name-terms.csv").toString()));
        if (!Files.isRegularFile(pack)) {
            System.out.println("Term list " + pack + " not found; using the test fixture's list.");
            return FixtureTerms.entries();
        }
        System.out.println("Term list: " + pack.normalize());
        return TermCsv.read(pack, pack.getFileName().toString());
    }

    private static int containsCount(String name, String[] terms) {
        int count = 0;
        for (String term : terms) {
            if (name.contains(term)) {
                count++;
            }
        }
        return count;
    }

    /** Median names per second over the measured runs, by thread CPU time and by wall time. */
    private record Rate(double byCpu, double byWall) {
    }

    private static Rate namesPerSecond(String[] names, ToIntFunction<String> screen) {
        long sink = 0;
        for (int run = 0; run < WARM_UP_RUNS; run++) {
            for (String name : names) {
                sink += screen.applyAsInt(name);
            }
        }
        double[] byCpu = new double[MEASURED_RUNS];
        double[] byWall = new double[MEASURED_RUNS];
        for (int run = 0; run < MEASURED_RUNS; run++) {
            long cpuStart = THREAD_CPU.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            for (String name : names) {
                sink += screen.applyAsInt(name);
            }
            byWall[run] = names.length / ((System.nanoTime() - wallStart) / 1e9);
            byCpu[run] = names.length / ((THREAD_CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9);
        }
        if (sink == Long.MIN_VALUE) {
            System.out.println("unreachable: keeps the results alive");
        }
        Arrays.sort(byCpu);
        Arrays.sort(byWall);
        return new Rate(byCpu[MEASURED_RUNS / 2], byWall[MEASURED_RUNS / 2]);
    }

    private static void print(String what, Rate rate, Rate ours) {
        System.out.printf("  %-46s %,12.0f names/s/core (wall %,12.0f)   ours is %5.2fx (wall %5.2fx)%n",
                what, rate.byCpu(), rate.byWall(), ours.byCpu() / rate.byCpu(), ours.byWall() / rate.byWall());
    }

    private static void printCorpusHits(List<String> names, TermMatcher matcher) {
        System.out.println();
        System.out.println("Every hit on the corpus (name | tier | term | span | matched):");
        Map<String, Integer> perTier = new TreeMap<>();
        int namesHit = 0;
        for (String name : names) {
            List<TermHit> hits = matcher.find("name", name);
            if (!hits.isEmpty()) {
                namesHit++;
            }
            for (TermHit hit : hits) {
                perTier.merge(hit.entry().tier().name(), 1, Integer::sum);
                System.out.printf("  %s | %s | %s | %d-%d | %s%n", name, hit.entry().tier(), hit.entry().term(), hit.start(), hit.end(), hit.matchedText());
            }
        }
        System.out.printf("%,d of %,d names hit; hits by tier: %s%n", namesHit, names.size(), perTier);
    }

    private static void printEvasionSuite(TermMatcher matcher, List<TermEntry> entries) {
        List<EvasionSuite.Variant> variants = EvasionSuite.generate(entries);
        EvasionSuite.Result result = EvasionSuite.run(matcher, variants);
        System.out.println();
        System.out.printf("Evasion suite: %d disguises over %d terms, %,d variants: %,d caught, %,d missed%n",
                EvasionSuite.disguiseCount(), entries.stream().filter(entry -> entry.tier() != TermTier.ALLOW).count(),
                result.total(), result.caught(), result.missed().size());
        result.missed().forEach(variant -> System.out.printf("  missed: %s (%s, term %s)%n", variant.name(), variant.disguise(), variant.target().term()));
    }
}
