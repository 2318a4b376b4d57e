package dev.clearance.service.cli;

import dev.clearance.rules.model.Jurisdiction;
import dev.clearance.rules.pack.CompiledPack;
import dev.clearance.rules.pack.PackSnapshot;
import dev.clearance.rules.screen.BulkScreener;
import dev.clearance.rules.screen.ScreenOptions;
import dev.clearance.rules.screen.ScreenProgress;
import dev.clearance.rules.screen.ScreenSummary;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Screens a CSV of business names (a {@code name} column, optionally {@code businessScope})
 * with the term list of the China pack in force, streaming a CSV out with the verdict, the
 * matched terms and their spans. Bad rows are reported on stderr with their line and counted.
 */
@Command(name = "screen", description = "Screen a CSV of business names for Article (VIII) terms.")
final class ScreenCommand implements Callable<Integer> {

    @Parameters(paramLabel = "IN.csv", description = "Input CSV with a header holding `name` (and optionally `businessScope`).")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.csv", description = "Where to write the result (default: standard output).")
    Path output;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Screen with the term list in force on DATE (default: today).")
    LocalDate asOf;

    @Option(names = "--jurisdiction", defaultValue = "CN", description = "Whose term list to use (default: ${DEFAULT-VALUE}).")
    String jurisdiction;

    @Mixin
    PackOption packs;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        LocalDate date = asOf == null ? ClearanceCommand.today() : asOf;
        PackSnapshot snapshot = packs.load().current();
        Jurisdiction where = Jurisdiction.find(jurisdiction).orElseThrow(
                () -> new IllegalArgumentException("unknown jurisdiction `" + jurisdiction + "`"));
        CompiledPack pack = snapshot.inForceOn(date).stream()
                .filter(p -> p.covers(where) && p.termMatcher() != null)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no pack in force for " + where.code() + " on " + date
                        + " has a term list"));
        ProgressBar bar = ProgressBar.forStandardError(err);
        ScreenSummary summary;
        try (InputStream in = Files.newInputStream(input);
                OutputStream out = output == null ? new NonClosing(System.out) : Files.newOutputStream(output)) {
            OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
            summary = new BulkScreener(pack.termMatcher(), ScreenOptions.defaults()).screen(in,
                    OptionalLong.of(Files.size(input)), buffered, bad -> err.println("line " + bad), bar::show);
            buffered.flush();
        }
        bar.finish();
        err.printf("screened %,d rows with %s: %,d prohibited, %,d review, %,d clear, %,d bad rows, in %.1f s (%,.0f rows/s)%n",
                summary.rows(), pack.label(), summary.prohibited(), summary.review(), summary.clear(), summary.badRows(),
                summary.elapsed().toMillis() / 1000.0, summary.rowsPerSecond());
        err.flush();
        return summary.badRows() == 0 ? ClearanceCommand.OK : ClearanceCommand.FAILED;
    }

    /** Standard output stays open for the JVM's own use after the command. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** A one-line bar with rate and ETA, drawn only when standard error is a terminal. */
    private record ProgressBar(PrintWriter err, boolean terminal) {

        static ProgressBar forStandardError(PrintWriter err) {
            return new ProgressBar(err, isTerminal());
        }

        /** Java cannot ask whether stderr is a terminal; on Linux its file descriptor says. */
        private static boolean isTerminal() {
            try {
                String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }

        void show(ScreenProgress progress) {
            if (!terminal) {
                return;
            }
            double done = progress.fractionDone().orElse(0.0);
            int width = 30;
            int filled = (int) Math.round(done * width);
            String eta = progress.eta().map(ProgressBar::clock).orElse("--:--");
            err.printf("\r[%s%s] %3.0f%% %,d rows  %,.0f rows/s  ETA %s", "#".repeat(filled), ".".repeat(width - filled),
                    done * 100, progress.rows(), progress.rowsPerSecond(), eta);
            err.flush();
        }

        void finish() {
            if (terminal) {
                err.println();
            }
        }

        private static String clock(Duration duration) {
            long seconds = duration.toSeconds();
            return String.format("%d:%02d", seconds / 60, seconds % 60);
        }
    }
}
