package dev.clearance.rules.screen;

import dev.clearance.rules.text.FixtureTerms;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Screens a generated file of ten million rows with every core and prints wall time, rate, peak
 * heap and row counts: the bulk screener must run in constant memory whatever the input size.
 *
 * <p>Run: {@code ./mvnw -B -Pbench -pl rules test -Dtest=BulkScreenSoak}, or its {@code main}
 * (first argument: row count).
 */
@Tag("benchmark")
class BulkScreenSoak {

    private static final long DEFAULT_ROWS = 10_000_000;
    /** One row in this many is a bad row (empty name), to show bad rows are counted, not dropped. */
    private static final int BAD_ROW_EVERY = 1_000_000;
    private static final List<String> CHINESE_SHAPES = List.of("深圳市%s科技有限公司", "上海%s信息技术有限公司", "北京%s咨询服务有限公司");
    private static final List<String> ENGLISH_SHAPES = List.of("%s Holdings Ltd", "%s Partners LLC", "The %s Company");
    private static final String[] SYLLABLES = {"华", "信", "达", "创", "新", "恒", "泰", "金", "海", "宏", "Nova", "Apex", "Blue", "Stone", "Ridge", "Lumen"};
    /** Names that hit, in both tiers, mixed in at about one row in a hundred. */
    private static final String[] HITS = {"稳定币", "ＲＷＡ", "虛擬貨幣", "Crypto Asset", "比特币", "Bitcoin"};

    @Test
    void soak() throws IOException {
        main(new String[0]);
    }

    public static void main(String[] args) throws IOException {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : DEFAULT_ROWS;
        Path input = Files.createTempFile("bulk-screen-soak", ".csv");
        Path output = Files.createTempFile("bulk-screen-soak-out", ".csv");
        try {
            long generateStart = System.nanoTime();
            generate(input, rows);
            System.out.printf("Generated %,d rows (%,d MB) in %.1f s%n", rows, Files.size(input) >> 20, (System.nanoTime() - generateStart) / 1e9);
            System.gc();
            resetPeakHeap();
            ScreenOptions options = ScreenOptions.defaults();
            BulkScreener screener = new BulkScreener(FixtureTerms.matcher(), options);
            AtomicLong badRows = new AtomicLong();
            long cpuStart = processCpuNanos();
            ScreenSummary summary;
            try (InputStream in = Files.newInputStream(input); OutputStream out = Files.newOutputStream(output)) {
                summary = screener.screen(in, OptionalLong.of(Files.size(input)), out, bad -> badRows.incrementAndGet(), progress -> { });
            }
            double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            System.out.printf("Screened with %d workers (%d cores): wall %.1f s, %,.0f rows/s; process CPU %.1f s, %,.0f rows per CPU-second%n",
                    options.threads(), Runtime.getRuntime().availableProcessors(), summary.elapsed().toNanos() / 1e9,
                    summary.rowsPerSecond(), cpuSeconds, summary.rows() / cpuSeconds);
            System.out.printf("Peak heap during the run: %,d MB (max heap %,d MB)%n", peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf("Rows %,d: PROHIBITED %,d, REVIEW %,d, CLEAR %,d, bad %,d (sink saw %,d); output %,d MB%n",
                    summary.rows(), summary.prohibited(), summary.review(), summary.clear(), summary.badRows(), badRows.get(), Files.size(output) >> 20);
        } finally {
            Files.deleteIfExists(input);
            Files.deleteIfExists(output);
        }
    }

    private static void generate(Path file, long rows) throws IOException {
        Random random = new Random(42);
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write("id,name,businessScope\n");
            for (long row = 1; row <= rows; row++) {
                writer.write(Long.toString(row));
                writer.write(',');
                if (row % BAD_ROW_EVERY == 0) {
                    writer.write(",\n");
                    continue;
                }
                boolean chinese = random.nextBoolean();
                String core = SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)];
                if (random.nextInt(100) == 0) {
                    core += HITS[random.nextInt(HITS.length)];
                }
                List<String> shapes = chinese ? CHINESE_SHAPES : ENGLISH_SHAPES;
                writer.write(String.format(shapes.get(random.nextInt(shapes.size())), core));
                writer.write(chinese ? ",软件开发；技术咨询\n" : ",software development\n");
            }
        }
    }

    /** Process CPU time, so the rate can be read on a machine shared with other load. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }

    private static void resetPeakHeap() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks: an upper bound of the live heap, since pools peak at different times. */
    private static long peakHeap() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
