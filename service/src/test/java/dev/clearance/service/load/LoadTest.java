package dev.clearance.service.load;

import dev.clearance.service.packs.PackZips;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Load program: drives {@code POST /api/v1/decisions} on a running service at a fixed rate for a
 * fixed time (open loop: latency counts from when a request was due, so a stall is not hidden),
 * publishes a re-versioned copy of the pack set half-way, then reports throughput, latency
 * percentiles and errors, and checks in the audit table that every stored decision names exactly
 * one pack snapshot, the one before or the one after the publication.
 *
 * <p>Start the service with the audit database open to a second process, then run this:
 * <pre>
 * java -jar service/target/clearance.jar --spring.datasource.url='jdbc:h2:file:./data/load;AUTO_SERVER=TRUE'
 * ./mvnw -B -q -Pbench -pl service test -Dtest=LoadTest \
 *     -Dclearance.load.jdbc='jdbc:h2:file:../data/load;AUTO_SERVER=TRUE' -Dclearance.load.packs=../jurisdictions
 * </pre>
 * Properties ({@code -D}): {@code clearance.load.url} (http://127.0.0.1:8080), {@code .key} (else
 * the first line of {@code .keyFile}, default ../data/admin.key), {@code .rate} (2000 per second),
 * {@code .seconds} (60), {@code .threads} (96), {@code .allEvery} (7: every 7th request asks for
 * all 53 jurisdictions, whose decision runs to 100-250 KB of JSON; 0 for none), {@code .packs} (the folder of pack folders the service
 * runs), {@code .jdbc} (the audit database URL; the audit check is skipped without it).
 */
@Tag("benchmark")
class LoadTest {

    private static final String[] SUBJECTS = {
        """
        {"kind":"EVENT_CONTRACT","title":"Will the home team win the league final on Sunday?","venue":{"name":"Example DCM","registration":"DCM"}}""",
        """
        {"kind":"EVENT_CONTRACT","title":"Will a war start between two neighbouring countries before 2028?"}""",
        """
        {"kind":"EVENT_CONTRACT","title":"Will the monthly consumer price index exceed 3 percent?","venue":{"name":"Example DCM","registration":"DCM"}}""",
        """
        {"kind":"BUSINESS_NAME","name":"上海稳定币科技有限公司","registeredIn":"CN"}""",
        """
        {"kind":"BUSINESS_NAME","name":"杭州茶叶贸易有限公司","registeredIn":"CN"}""",
        """
        {"kind":"PRODUCT","productType":"STABLECOIN_ISSUANCE","pegCurrency":"CNY","providerDomicile":"HK","targetMarkets":["CN"]}"""
    };
    private static final String[] FEW_JURISDICTIONS = {
        "[\"US\",\"US-NV\",\"US-NJ\",\"CN\"]", "[\"US-NY\",\"US-CA\",\"US-TX\"]", "[\"CN\"]"};
    private static final String ALL_JURISDICTIONS = "[\"ALL\"]";

    @Test
    void loadAtTheTargetRate() throws Exception {
        main(new String[0]);
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("clearance.load.url", "http://127.0.0.1:8080");
        String key = System.getProperty("clearance.load.key",
                Files.readAllLines(Path.of(System.getProperty("clearance.load.keyFile", "../data/admin.key"))).get(0).trim());
        int rate = Integer.getInteger("clearance.load.rate", 2000);
        int seconds = Integer.getInteger("clearance.load.seconds", 60);
        int threads = Integer.getInteger("clearance.load.threads", 96);
        int allEvery = Integer.getInteger("clearance.load.allEvery", 7);
        String packs = System.getProperty("clearance.load.packs");
        String jdbc = System.getProperty("clearance.load.jdbc");

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(5)).build();
        String before = snapshotHash(http, base, key);
        System.out.printf("target %d requests/s for %d s with %d threads against %s (packs %s), %s%n",
                rate, seconds, threads, base, before,
                allEvery > 0 ? "every " + allEvery + "th request for ALL jurisdictions" : "no request for ALL jurisdictions");

        Run run = new Run(http, base, key, rate, (long) rate * seconds, allEvery);
        warmUp(http, base, key);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        run.start = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            pool.execute(run::work);
        }
        String publication = "not attempted (no clearance.load.packs)";
        if (packs != null) {
            LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(seconds) / 2);
            publication = publish(http, base, key, Path.of(packs));
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - run.start) / 1e9;
        String after = snapshotHash(http, base, key);

        Histogram latency = run.latency.getIntervalHistogram();
        System.out.printf("sent %d in %.1f s: %.0f requests/s; ok %d, failed %d %s%n", run.sent.get(), elapsed,
                run.sent.get() / elapsed, run.ok.get(), run.sent.get() - run.ok.get(), new TreeMap<>(run.failures));
        System.out.printf("latency from due time: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms%n",
                ms(latency.getValueAtPercentile(50)), ms(latency.getValueAtPercentile(90)),
                ms(latency.getValueAtPercentile(99)), ms(latency.getValueAtPercentile(99.9)), ms(latency.getMaxValue()));
        System.out.printf("publication during the run: %s; snapshot before %s, after %s%n", publication, before, after);
        if (jdbc != null) {
            checkAudit(jdbc, before, after);
        }
        System.out.println("audit chain: " + get(http, base + "/api/v1/audit/verify", key).body());
    }

    /** The shared state of one run: tickets (request numbers), counts and the latency recorder. */
    private static final class Run {
        private final HttpClient http;
        private final String base;
        private final String key;
        private final long intervalNanos;
        private final long total;
        private final int allEvery;
        private final AtomicLong tickets = new AtomicLong();
        private final AtomicLong sent = new AtomicLong();
        private final AtomicLong ok = new AtomicLong();
        private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
        private final Recorder latency = new Recorder(TimeUnit.SECONDS.toNanos(60), 3);
        private volatile long start;

        Run(HttpClient http, String base, String key, int rate, long total, int allEvery) {
            this.http = http;
            this.base = base;
            this.key = key;
            this.intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
            this.total = total;
            this.allEvery = allEvery;
        }

        private String jurisdictionsFor(long ticket) {
            return allEvery > 0 && ticket % allEvery == allEvery - 1 ? ALL_JURISDICTIONS
                    : FEW_JURISDICTIONS[(int) (ticket % FEW_JURISDICTIONS.length)];
        }

        void work() {
            for (long ticket = tickets.getAndIncrement(); ticket < total; ticket = tickets.getAndIncrement()) {
                long due = start + ticket * intervalNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                String body = "{\"subject\":" + SUBJECTS[(int) (ticket % SUBJECTS.length)] + ",\"jurisdictions\":"
                        + jurisdictionsFor(ticket) + "}";
                String outcome;
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/decisions"))
                            .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    outcome = response.statusCode() == 200 && response.body().contains("\"packSet\":\"sha256:")
                            ? null : "HTTP " + response.statusCode();
                } catch (IOException e) {
                    outcome = e.getClass().getSimpleName();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                latency.recordValue(Math.max(0, System.nanoTime() - due));
                sent.incrementAndGet();
                if (outcome == null) {
                    ok.incrementAndGet();
                } else {
                    failures.computeIfAbsent(outcome, o -> new AtomicLong()).incrementAndGet();
                }
            }
        }
    }

    /** A few hundred requests first, so the JIT and the connection pool are not measured. */
    private static void warmUp(HttpClient http, String base, String key) throws Exception {
        for (int i = 0; i < 300; i++) {
            http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/decisions")).header("Authorization", "Bearer " + key)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"subject\":" + SUBJECTS[i % SUBJECTS.length] + ",\"jurisdictions\":[\"ALL\"]}")).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    /** Publishes the pack folders with every version marked {@code +load}, so the snapshot hash changes. */
    private static String publish(HttpClient http, String base, String key, Path packs) throws Exception {
        Map<String, UnaryOperator<String>> bump;
        try (Stream<Path> folders = Files.list(packs)) {
            bump = folders.filter(f -> Files.isRegularFile(f.resolve("pack.yaml")))
                    .collect(Collectors.toMap(f -> f.getFileName() + "/pack.yaml",
                            f -> yaml -> yaml.replaceFirst("(?m)^version:\\s*\"?([^\"\\s#]+)\"?", "version: \"$1+load\"")));
        }
        byte[] zip = PackZips.zip(packs, bump);
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/packs/publish"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip)).build(), HttpResponse.BodyHandlers.ofString());
        return String.format("HTTP %d after %.1f s%s", response.statusCode(), (System.nanoTime() - start) / 1e9,
                response.statusCode() == 200 ? "" : ": " + response.body());
    }

    private static void checkAudit(String jdbc, String before, String after) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbc, "sa", ""); Statement sql = db.createStatement()) {
            Map<String, Long> bySnapshot = new TreeMap<>();
            try (ResultSet rows = sql.executeQuery("SELECT pack_set, COUNT(*) FROM decision_audit GROUP BY pack_set")) {
                while (rows.next()) {
                    bySnapshot.put(rows.getString(1), rows.getLong(2));
                }
            }
            long mismatched;
            try (ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM decision_audit WHERE pack_set IS NULL"
                    + " OR decision_json NOT LIKE CONCAT('%\"packSet\":\"', pack_set, '\"%')")) {
                rows.next();
                mismatched = rows.getLong(1);
            }
            List<String> unexpected = bySnapshot.keySet().stream().filter(h -> !h.equals(before) && !h.equals(after)).toList();
            System.out.printf("audit: decisions per snapshot %s; rows whose decision names another snapshot than"
                    + " the row: %d; snapshots other than before/after: %s%n", bySnapshot, mismatched, unexpected);
        }
    }

    private static String snapshotHash(HttpClient http, String base, String key) throws Exception {
        String body = get(http, base + "/api/v1/packs", key).body();
        return body.replaceFirst("(?s).*\"snapshotHash\":\"([^\"]+)\".*", "$1");
    }

    private static HttpResponse<String> get(HttpClient http, String url, String key) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + key).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
