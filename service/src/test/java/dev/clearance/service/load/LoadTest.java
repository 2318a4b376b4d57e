package dev.clearance.service.load;

import dev.clearance.service.audit.StoredJson;
import dev.clearance.service.packs.PackZips;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Load program: drives {@code POST /api/v1/decisions} on a running service at a fixed rate for a
 * fixed time (open loop: latency counts from when a request was due, so a stall is not hidden),
 * publishes a re-versioned copy of the pack set half-way (validated before the warm-up, as a
 * legal team validates a draft before publishing it), then reports throughput, latency
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
 * {@code .seconds} (60), {@code .warmUpSeconds} (90: the same mix first, not measured, two thirds
 * of it at half the rate, since a fresh JVM needs about a minute of traffic before the JIT has
 * compiled the hot paths, and the last third at the full rate), {@code .threads} (96), {@code .allEvery} (7: every 7th request asks for all 53
 * jurisdictions, whose decision runs to 100-250 KB of JSON; 0 for none), {@code .packs} (the
 * folder of pack folders the service runs), {@code .jdbc} (the audit database URL; the audit
 * check is skipped without it), {@code .reportSeconds} (10: the length of each interval reported),
 * {@code .operations} (true: the operational traffic of {@link OperationalTraffic} beside the load;
 * false for decisions alone).
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
    private static final ContentType ZIP = ContentType.create("application/zip");
    private static final long REPORT_SECONDS = Math.max(1, Long.getLong("clearance.load.reportSeconds", 10));

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
        int warmUp = Integer.getInteger("clearance.load.warmUpSeconds", 90);
        int threads = Integer.getInteger("clearance.load.threads", 96);
        int allEvery = Integer.getInteger("clearance.load.allEvery", 7);
        String packs = System.getProperty("clearance.load.packs");
        String jdbc = System.getProperty("clearance.load.jdbc");
        boolean operations = Boolean.parseBoolean(System.getProperty("clearance.load.operations", "true"));

        // One connection more than the load threads, for the operational traffic.
        try (Api api = new Api(base, key, threads + 1)) {
            run(api, rate, seconds, warmUp, threads, allEvery, packs, jdbc, operations);
        }
    }

    private static void run(Api api, int rate, int seconds, int warmUpSeconds, int threads, int allEvery, String packs,
            String jdbc, boolean operations) throws Exception {
        String before = snapshotHash(api);
        System.out.printf("target %d requests/s for %d s with %d threads against %s (packs %s), %s%n",
                rate, seconds, threads, api.base, before,
                allEvery > 0 ? "every " + allEvery + "th request for ALL jurisdictions" : "no request for ALL jurisdictions");

        byte[] draft = packs == null ? null : reversioned(Path.of(packs));
        if (draft != null) {
            System.out.println("draft validated before the warm-up and the run, as a legal team does before publishing: "
                    + timed(() -> api.post("/api/v1/packs/validate", draft, ZIP)));
        }
        OperationalTraffic beside = operations ? OperationalTraffic.start(api) : null;
        // Two thirds at half the rate while the JIT compiles, then the last third at the full rate,
        // so the measured run does not begin with the service's pools growing to the new rate.
        int slowSeconds = warmUpSeconds * 2 / 3;
        new Run("warm-up", api, rate / 2, (long) rate / 2 * slowSeconds, allEvery).drive(threads, () -> null);
        new Run("warm-up, full rate", api, rate, (long) rate * (warmUpSeconds - slowSeconds), allEvery)
                .drive(threads, () -> null);
        Run run = new Run("run", api, rate, (long) rate * seconds, allEvery);
        long generatorCpuBefore = processCpuNanos();
        String publication = run.drive(threads, () -> draft == null ? "not attempted (no clearance.load.packs)"
                : timed(() -> api.post("/api/v1/packs/publish", draft, ZIP)));
        double elapsed = (System.nanoTime() - run.start) / 1e9;
        double generatorCores = (processCpuNanos() - generatorCpuBefore) / 1e9 / elapsed;
        String operationsReport = beside == null ? "none (clearance.load.operations=false)" : beside.stop();
        String after = snapshotHash(api);

        Histogram latency = run.whole;
        System.out.printf("sent %d in %.1f s: %.0f requests/s; ok %d, failed %d %s%n", run.sent.get(), elapsed,
                run.sent.get() / elapsed, run.ok.get(), run.sent.get() - run.ok.get(), new TreeMap<>(run.failures));
        System.out.printf("latency from due time: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms%n",
                ms(latency.getValueAtPercentile(50)), ms(latency.getValueAtPercentile(90)),
                ms(latency.getValueAtPercentile(99)), ms(latency.getValueAtPercentile(99.9)), ms(latency.getMaxValue()));
        System.out.printf("load generator's own CPU: %.2f cores (on the machine it shares with the service: %d cores)%n",
                generatorCores, Runtime.getRuntime().availableProcessors());
        System.out.printf("publication during the run: %s; snapshot before %s, after %s%n", publication, before, after);
        System.out.println("operational traffic beside the load, warm-up and run: " + operationsReport);
        if (jdbc != null) {
            checkAudit(jdbc, before, after);
        }
        System.out.println("audit chain: " + api.get("/api/v1/audit/verify").text());
    }

    /** The shared state of one run: tickets (request numbers), counts and the latency recorder. */
    private static final class Run {
        private final Api api;
        private final long intervalNanos;
        private final long total;
        private final int allEvery;
        private final AtomicLong tickets = new AtomicLong();
        private final AtomicLong sent = new AtomicLong();
        private final AtomicLong ok = new AtomicLong();
        private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
        /** Auto-resizing: a stall of any length is recorded, not thrown out of a worker with its request. */
        private final Recorder latency = new Recorder(3);
        private final Histogram whole = new Histogram(3);
        private final String name;
        private volatile long start;

        Run(String name, Api api, int rate, long total, int allEvery) {
            this.name = name;
            this.api = api;
            this.intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
            this.total = total;
            this.allEvery = allEvery;
        }

        private String jurisdictionsFor(long ticket) {
            return allEvery > 0 && ticket % allEvery == allEvery - 1 ? ALL_JURISDICTIONS
                    : FEW_JURISDICTIONS[(int) (ticket % FEW_JURISDICTIONS.length)];
        }

        /** Sends every request from {@code threads} threads, calls {@code halfWay} half-way through, and returns its result. */
        String drive(int threads, Callable<String> halfWay) throws Exception {
            long duration = total * intervalNanos;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            start = System.nanoTime();
            for (int i = 0; i < threads; i++) {
                pool.execute(this::work);
            }
            ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor();
            reporter.scheduleAtFixedRate(this::reportInterval, REPORT_SECONDS, REPORT_SECONDS, TimeUnit.SECONDS);
            LockSupport.parkNanos(duration / 2);
            String result = halfWay.call();
            pool.shutdown();
            pool.awaitTermination(duration + TimeUnit.SECONDS.toNanos(120), TimeUnit.NANOSECONDS);
            reporter.shutdownNow();
            reporter.awaitTermination(10, TimeUnit.SECONDS);
            reportInterval();
            return result;
        }

        /** Prints the latency since the last report and adds it to the whole run's: a stall shows when it happened. */
        private synchronized void reportInterval() {
            Histogram interval = latency.getIntervalHistogram();
            whole.add(interval);
            System.out.printf("  %s %4.0f s: %6d requests, p50 %8.2f ms, p99 %8.2f ms, max %8.2f ms%n", name,
                    (System.nanoTime() - start) / 1e9, interval.getTotalCount(), ms(interval.getValueAtPercentile(50)),
                    ms(interval.getValueAtPercentile(99)), ms(interval.getMaxValue()));
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
                    Api.Response response = api.post("/api/v1/decisions", body.getBytes(StandardCharsets.UTF_8),
                            ContentType.APPLICATION_JSON);
                    outcome = response.status() == 200 && namesASnapshot(response.body()) ? null : "HTTP " + response.status();
                } catch (IOException e) {
                    outcome = e.getClass().getSimpleName();
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

    /**
     * What a deployment serves beside decisions, a few calls a second from one thread: health
     * probes, reads of a stored decision, the live packs, small batches, the jurisdictions and a
     * metrics scrape. Their latency is kept apart from the decisions'. Without them the JIT
     * compiles the shared web, JSON and database code for the decision request alone, and the
     * first request of another shape, the publication, deoptimises it and sets off several
     * hundred compilations under load, which a deployment that has served other requests
     * before its publication does not see.
     */
    private static final class OperationalTraffic {
        private static final String BATCH = """
            {"requests":[{"subject":%s,"jurisdictions":["US","US-NY"]},{"subject":%s,"jurisdictions":["CN"]}]}""";

        private final Api api;
        private final String storedDecision;
        private final ScheduledExecutorService caller = Executors.newSingleThreadScheduledExecutor();
        private final Histogram latency = new Histogram(3);
        /** Guarded by this, as are the counts below: every call is made from the one scheduled thread. */
        private final Map<String, Long> failures = new TreeMap<>();
        private long calls;
        private long tick;
        private String slowest = "none";
        private long slowestNanos;

        private OperationalTraffic(Api api, String storedDecision) {
            this.api = api;
            this.storedDecision = storedDecision;
        }

        /** Makes one decision to read back later, then calls once a second until stopped. */
        static OperationalTraffic start(Api api) throws IOException {
            Api.Response decided = api.post("/api/v1/decisions", ("{\"subject\":" + SUBJECTS[0] + ",\"jurisdictions\":[\"US\"]}")
                    .getBytes(StandardCharsets.UTF_8), ContentType.APPLICATION_JSON);
            String id = decided.text().replaceFirst("(?s)^.*?\"id\":\"([^\"]+)\".*$", "$1");
            if (decided.status() != 200 || id.equals(decided.text())) {
                throw new IllegalStateException("the decision to read back was not made: HTTP " + decided.status());
            }
            OperationalTraffic traffic = new OperationalTraffic(api, "/api/v1/decisions/" + id);
            traffic.caller.scheduleAtFixedRate(traffic::callRound, 1, 1, TimeUnit.SECONDS);
            return traffic;
        }

        /** Every second health and the stored decision; every 2 s the packs and a batch; every 5 s the rest. */
        private synchronized void callRound() {
            tick++;
            call("GET /actuator/health", () -> api.get("/actuator/health"));
            call("GET /api/v1/decisions/{id}", () -> api.get(storedDecision));
            if (tick % 2 == 0) {
                call("GET /api/v1/packs", () -> api.get("/api/v1/packs"));
                call("POST /api/v1/decisions/batch", () -> api.post("/api/v1/decisions/batch",
                        BATCH.formatted(SUBJECTS[(int) (tick % SUBJECTS.length)], SUBJECTS[(int) ((tick + 1) % SUBJECTS.length)])
                                .getBytes(StandardCharsets.UTF_8), ContentType.APPLICATION_JSON));
            }
            if (tick % 5 == 0) {
                call("GET /api/v1/jurisdictions", () -> api.get("/api/v1/jurisdictions"));
                call("GET /actuator/prometheus", () -> api.get("/actuator/prometheus"));
            }
        }

        private void call(String name, Callable<Api.Response> request) {
            long start = System.nanoTime();
            String failure;
            try {
                int status = request.call().status();
                failure = status == 200 ? null : name + " HTTP " + status;
            } catch (Exception e) {
                failure = name + " " + e.getClass().getSimpleName();
            }
            long took = System.nanoTime() - start;
            latency.recordValue(took);
            if (took > slowestNanos) {
                slowestNanos = took;
                slowest = name;
            }
            calls++;
            if (failure != null) {
                failures.merge(failure, 1L, Long::sum);
            }
        }

        /** Stops calling and says how the calls went. */
        String stop() throws InterruptedException {
            caller.shutdown();
            caller.awaitTermination(30, TimeUnit.SECONDS);
            synchronized (this) {
                return String.format("%d calls, failed %d %s, p50 %.2f ms, p99 %.2f ms, slowest %.2f ms (%s)", calls,
                        failures.values().stream().mapToLong(Long::longValue).sum(), failures,
                        ms(latency.getValueAtPercentile(50)), ms(latency.getValueAtPercentile(99)), ms(slowestNanos), slowest);
            }
        }
    }

    /**
     * Whether a response body is a decision: its {@code packSet} comes among the first fields, so
     * the head is decoded, not the few hundred kilobytes of an ALL decision, whose reading would
     * take the load generator's share of these same cores.
     */
    private static boolean namesASnapshot(byte[] body) {
        return new String(body, 0, Math.min(body.length, 1024), StandardCharsets.UTF_8).contains("\"packSet\":\"sha256:");
    }

    /** The pack folders zipped with every version marked {@code +load}, so the snapshot hash changes. */
    private static byte[] reversioned(Path packs) throws IOException {
        Map<String, UnaryOperator<String>> bump;
        try (Stream<Path> folders = Files.list(packs)) {
            bump = folders.filter(f -> Files.isRegularFile(f.resolve("pack.yaml")))
                    .collect(Collectors.toMap(f -> f.getFileName() + "/pack.yaml",
                            f -> yaml -> yaml.replaceFirst("(?m)^version:\\s*\"?([^\"\\s#]+)\"?", "version: \"$1+load\"")));
        }
        return PackZips.zip(packs, bump);
    }

    /** A call's status and duration, and its body when it failed. */
    private static String timed(Callable<Api.Response> call) throws Exception {
        long start = System.nanoTime();
        Api.Response response = call.call();
        return String.format("HTTP %d after %.1f s%s", response.status(), (System.nanoTime() - start) / 1e9,
                response.status() == 200 ? "" : ": " + response.text());
    }

    private static void checkAudit(String jdbc, String before, String after) throws SQLException, IOException {
        Map<String, Long> bySnapshot = new TreeMap<>();
        long mismatched = 0;
        try (Connection db = DriverManager.getConnection(jdbc, "sa", ""); Statement sql = db.createStatement()) {
            sql.setFetchSize(500);
            try (ResultSet rows = sql.executeQuery("SELECT pack_set, decision_deflated, decision_json FROM decision_audit")) {
                while (rows.next()) {
                    String packSet = rows.getString(1);
                    bySnapshot.merge(packSet, 1L, Long::sum);
                    if (!storedDecision(rows).contains("\"packSet\":\"" + packSet + "\"")) {
                        mismatched++;
                    }
                }
            }
        }
        List<String> unexpected = bySnapshot.keySet().stream().filter(h -> !h.equals(before) && !h.equals(after)).toList();
        System.out.printf("audit: decisions per snapshot %s; rows whose decision names another snapshot than"
                + " the row: %d; snapshots other than before/after: %s%n", bySnapshot, mismatched, unexpected);
    }

    /** The head of a stored decision, deflated or (rows from before deflation) text. */
    private static String storedDecision(ResultSet row) throws SQLException, IOException {
        byte[] deflated = row.getBytes(2);
        if (deflated == null) {
            return row.getString(3);
        }
        try (InputStream json = StoredJson.open(deflated)) {
            return new String(json.readNBytes(1024), StandardCharsets.UTF_8);
        }
    }

    private static String snapshotHash(Api api) throws IOException {
        return api.get("/api/v1/packs").text().replaceFirst("(?s).*\"snapshotHash\":\"([^\"]+)\".*", "$1");
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The service's API over pooled keep-alive connections, one per load thread, every call with the key. */
    private static final class Api implements AutoCloseable {
        private final String base;
        private final String authorization;
        private final CloseableHttpClient http;

        record Response(int status, byte[] body) {
            String text() {
                return new String(body, StandardCharsets.UTF_8);
            }
        }

        Api(String base, String key, int connections) {
            this.base = base;
            this.authorization = "Bearer " + key;
            this.http = HttpClients.custom()
                    .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                            .setMaxConnTotal(connections).setMaxConnPerRoute(connections)
                            .setDefaultConnectionConfig(ConnectionConfig.custom()
                                    .setConnectTimeout(Timeout.ofSeconds(5)).setSocketTimeout(Timeout.ofSeconds(120)).build())
                            .build())
                    .disableAutomaticRetries().build();
        }

        Response post(String path, byte[] body, ContentType type) throws IOException {
            HttpPost post = new HttpPost(base + path);
            post.setEntity(new ByteArrayEntity(body, type));
            return send(post);
        }

        Response get(String path) throws IOException {
            return send(new HttpGet(base + path));
        }

        private Response send(ClassicHttpRequest request) throws IOException {
            request.setHeader(HttpHeaders.AUTHORIZATION, authorization);
            return http.execute(request, response -> new Response(response.getCode(),
                    response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity())));
        }

        @Override
        public void close() throws IOException {
            http.close();
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
