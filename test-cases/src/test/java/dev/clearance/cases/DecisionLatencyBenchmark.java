package dev.clearance.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.clearance.rules.engine.DecisionEngine;
import dev.clearance.rules.io.DecisionWriter;
import dev.clearance.rules.model.BusinessName;
import dev.clearance.rules.model.Decision;
import dev.clearance.rules.model.DecisionRequest;
import dev.clearance.rules.model.EventContract;
import dev.clearance.rules.model.Jurisdiction;
import dev.clearance.rules.model.Product;
import dev.clearance.rules.model.ProductType;
import dev.clearance.rules.model.ProviderType;
import dev.clearance.rules.model.Venue;
import dev.clearance.rules.model.VenueRegistration;
import dev.clearance.rules.pack.LivePacks;
import dev.clearance.rules.pack.PackSources;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * One event contract decided for all 53 jurisdictions, in-process, on one thread, against the
 * straightforward design measured in the same run: one evaluation per jurisdiction, each in a
 * fresh Drools session. Then the JSON of such a decision, as the service writes it (each finding
 * that recurs written once) against writing every finding in full; and the smaller requests
 * callers send most: a contract for three jurisdictions, a business name and a product for China.
 * Run: {@code ./mvnw -B -Pbench -pl test-cases -am test -Dtest=DecisionLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class DecisionLatencyBenchmark {

    /**
     * Warm-up by time, not by count: the JIT goes on compiling the rules' code for several seconds
     * (with 20,000 decisions of warm-up, the measured ones ran about 10% slower than ten seconds later).
     */
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final int MEASURED = 100_000;
    /** The per-jurisdiction baseline costs 70 times more per sample, so it takes fewer samples. */
    private static final int BASELINE_SAMPLES = 2_000;
    private static final int JSON_SAMPLES = 20_000;
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Titles of the shapes exchanges list, written for this benchmark (not taken from the corpus). */
    private static final List<String> TITLES = List.of(
            "Will the Chiefs beat the Bills on Sunday?",
            "Will CPI inflation exceed 3.0% in December?",
            "Who will win the 2028 presidential election?",
            "Will the Fed cut rates at its March meeting?",
            "Will Bitcoin close above $120,000 on Friday?",
            "Which film will win Best Picture at the Oscars?");

    @Test
    void printFigures() {
        main(new String[0]);
    }

    public static void main(String[] args) {
        LivePacks packs = new LivePacks(PackSources.fromDirectory(Path.of(args.length > 0 ? args[0] : "../jurisdictions")));
        DecisionEngine engine = new DecisionEngine(packs);
        DecisionEngine straightforward = new DecisionEngine(packs, 0);
        List<Jurisdiction> all = Jurisdiction.all();
        List<DecisionRequest> together = TITLES.stream().map(t -> new DecisionRequest(contract(t), all, AS_OF)).toList();

        Run onePass = measure(() -> runTogether(engine, together), WARM_UP, MEASURED);
        Run perJurisdiction = measure(() -> runSeparately(straightforward, together, all), WARM_UP, BASELINE_SAMPLES);

        System.out.printf("one contract x %d jurisdictions, one thread, %d cores on this machine%n",
                all.size(), Runtime.getRuntime().availableProcessors());
        print("one pass for all jurisdictions", onePass);
        print("one fresh session per jurisdiction", perJurisdiction);
        System.out.printf("ratio (per-jurisdiction median / one-pass median): %.1fx%n",
                perJurisdiction.medianMicros() / onePass.medianMicros());

        // What the service stores and sends: the decision's JSON, where each federal finding recurs in every state.
        Decision sports = engine.decide(together.get(0));
        Run shared = measure(() -> DecisionWriter.toUtf8(sports), WARM_UP, JSON_SAMPLES);
        Run inFull = measure(() -> writeEveryFindingInFull(sports), WARM_UP, JSON_SAMPLES);
        System.out.printf("%nthe sports decision for all jurisdictions as JSON (%,d bytes)%n", DecisionWriter.toUtf8(sports).length);
        print("repeated findings copied", shared);
        print("every finding written in full", inFull);
        System.out.printf("ratio (in full / copied): %.1fx%n%n", inFull.medianMicros() / shared.medianMicros());

        List<Jurisdiction> three = List.of(find("US-NV"), find("US-NJ"), find("CN"));
        List<DecisionRequest> contracts = TITLES.stream().map(t -> new DecisionRequest(contract(t), three, AS_OF)).toList();
        print("contract, US-NV + US-NJ + CN", measure(() -> runTogether(engine, contracts), WARM_UP, MEASURED));
        DecisionRequest name = new DecisionRequest(new BusinessName("上海穩定幣科技有限公司", "软件开发", "CN"),
                List.of(find("CN")), AS_OF);
        print("business name, CN", measure(() -> engine.decide(name), WARM_UP, MEASURED));
        DecisionRequest product = new DecisionRequest(new Product(ProductType.RWA_TOKENIZATION, ProviderType.ISSUER, "CN",
                Boolean.TRUE, List.of("CN"), null, "CN", List.of()), List.of(find("CN")), AS_OF);
        print("product, CN", measure(() -> engine.decide(product), WARM_UP, MEASURED));
    }

    private static byte[] writeEveryFindingInFull(Decision decision) {
        try {
            return DecisionWriter.JSON.writeValueAsBytes(decision);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Jurisdiction find(String code) {
        return Jurisdiction.find(code).orElseThrow();
    }

    private static int cursor;

    private static void runTogether(DecisionEngine engine, List<DecisionRequest> requests) {
        engine.decide(requests.get(cursor++ % requests.size()));
    }

    private static void runSeparately(DecisionEngine engine, List<DecisionRequest> requests, List<Jurisdiction> all) {
        DecisionRequest request = requests.get(cursor++ % requests.size());
        for (Jurisdiction jurisdiction : all) {
            engine.decide(new DecisionRequest(request.subject(), List.of(jurisdiction), request.asOf()));
        }
    }

    /**
     * Latencies by wall clock, the deciding thread's CPU time over the same samples, and the
     * collector's pauses meanwhile. On a shared machine another process can take the core
     * mid-sample, which inflates the wall-clock mean but not the CPU spent deciding; the pauses
     * are printed beside it, since the thread's CPU time leaves out the collector's work.
     */
    private record Run(Histogram latency, long cpuNanos, long gcMillis, int samples) {

        double medianMicros() {
            return latency.getValueAtPercentile(50) / 1000.0;
        }

        double perSecondOfCpu() {
            return samples * 1e9 / cpuNanos;
        }

        double gcShare() {
            return gcMillis * 1e6 / latency.getTotalCount() / latency.getMean();
        }
    }

    private static Run measure(Runnable decision, Duration warmUp, int samples) {
        long warmUntil = System.nanoTime() + warmUp.toNanos();
        while (System.nanoTime() < warmUntil) {
            decision.run();
        }
        Histogram histogram = new Histogram(3_600_000_000_000L, 3);
        long gcStart = collectionMillis();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            decision.run();
            histogram.recordValue(System.nanoTime() - start);
        }
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
        return new Run(histogram, cpu, collectionMillis() - gcStart, samples);
    }

    private static long collectionMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static void print(String label, Run run) {
        Histogram h = run.latency();
        System.out.printf("%-34s median %7.1f us  p99 %7.1f us  %,8.0f/s by wall clock  %,8.0f/s of thread CPU  GC pauses %.1f%%%n",
                label, run.medianMicros(), h.getValueAtPercentile(99) / 1000.0, 1e9 / h.getMean(), run.perSecondOfCpu(),
                100 * run.gcShare());
    }

    private static EventContract contract(String title) {
        return new EventContract(title, null, null, new Venue("Example Exchange", VenueRegistration.DCM), null);
    }
}
