package dev.clearance.rules.screen;

import dev.clearance.rules.text.TermHit;
import dev.clearance.rules.text.TermMatcher;
import dev.clearance.rules.text.TermTier;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Screens a CSV of business names for listed and related terms, streaming: constant memory
 * whatever the input size, every core busy, output in input order.
 *
 * <p>Input: UTF-8 CSV with a header naming a {@code name} column and optionally a
 * {@code businessScope} column; other columns are passed through. Output: the input columns
 * followed by {@code verdict} ({@link ScreenVerdict}), {@code matched_terms} (the list's terms,
 * {@code |}-separated) and {@code spans} ({@code field:start-end}, UTF-16 offsets, end exclusive).
 *
 * <p>The calling thread reads lines into batches and writes results; workers decode, parse and
 * screen each batch. At most two batches per worker are in flight, so a slow writer slows the
 * reader instead of filling memory. Rows that cannot be screened (invalid UTF-8, too long,
 * unbalanced quotes, wrong number of fields, empty name) are reported to the bad-row sink with
 * their line number, counted, and left out of the output; the run goes on.
 */
public final class BulkScreener {

    private static final String NAME_COLUMN = "name";
    private static final String SCOPE_COLUMN = "businessScope";
    private static final List<String> ADDED_COLUMNS = List.of("verdict", "matched_terms", "spans");
    private static final int READ_BUFFER_BYTES = 1 << 16;
    private static final int MAX_UTF8_BYTES_PER_CHAR = 3;

    private final TermMatcher matcher;
    private final ScreenOptions options;

    public BulkScreener(TermMatcher matcher, ScreenOptions options) {
        this.matcher = matcher;
        this.options = options;
    }

    /**
     * Screens {@code input} into {@code output}. Neither stream is closed.
     *
     * @param inputSize the input's size in bytes when known, for the ETA
     * @param badRows   receives each bad row, in input order, on the calling thread
     * @param progress  receives progress at most every {@link ScreenOptions#progressInterval()}, and once at the end
     * @throws IllegalArgumentException when the header is missing, not UTF-8 or has no {@code name} column
     * @throws UncheckedIOException     when reading or writing fails
     */
    public ScreenSummary screen(InputStream input, OptionalLong inputSize, OutputStream output,
                                Consumer<BadRow> badRows, Consumer<ScreenProgress> progress) {
        ExecutorService workers = Executors.newFixedThreadPool(options.threads(), runnable -> {
            Thread thread = new Thread(runnable, "bulk-screen");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return new Run(input, inputSize, output, badRows, progress, workers).execute();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workers.shutdownNow();
        }
    }

    /** The columns of the input and where the screened ones are. */
    private record Layout(int columnCount, int nameIndex, int scopeIndex) {
    }

    /** What one worker made of one batch. */
    private record BatchResult(byte[] csv, List<BadRow> badRows, long prohibited, long review, long clear) {
    }

    /** One run: the reader-writer loop on the calling thread. */
    private final class Run {

        private final InputStream input;
        private final OptionalLong inputSize;
        private final OutputStream output;
        private final Consumer<BadRow> badRowSink;
        private final Consumer<ScreenProgress> progressSink;
        private final ExecutorService workers;
        private final ArrayDeque<Future<BatchResult>> inFlight = new ArrayDeque<>();
        private final long startNanos = System.nanoTime();
        private final int maxLineBytes = options.maxLineChars() * MAX_UTF8_BYTES_PER_CHAR;

        private Layout layout;
        private long lineNumber;
        private long bytesRead;
        private long prohibited;
        private long review;
        private long clear;
        private long bad;
        private long lastProgressNanos = System.nanoTime();

        Run(InputStream input, OptionalLong inputSize, OutputStream output, Consumer<BadRow> badRowSink,
            Consumer<ScreenProgress> progressSink, ExecutorService workers) {
            this.input = input;
            this.inputSize = inputSize;
            this.output = output;
            this.badRowSink = badRowSink;
            this.progressSink = progressSink;
            this.workers = workers;
        }

        ScreenSummary execute() throws IOException {
            byte[] buffer = new byte[READ_BUFFER_BYTES];
            byte[] pending = new byte[Math.min(maxLineBytes + 1, READ_BUFFER_BYTES)];
            int pendingLength = 0;
            boolean pendingTooLong = false;
            LineBatch batch = newBatch();
            int read;
            while ((read = input.read(buffer)) > 0) {
                bytesRead += read;
                int lineStart = 0;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] != '\n') {
                        continue;
                    }
                    int length = i - lineStart;
                    if (pendingTooLong || pendingLength + length > maxLineBytes) {
                        batch = addLine(batch, null, 0, -1);
                    } else if (pendingLength > 0) {
                        pending = append(pending, pendingLength, buffer, lineStart, length);
                        batch = addLine(batch, pending, 0, pendingLength + length);
                    } else {
                        batch = addLine(batch, buffer, lineStart, length);
                    }
                    pendingLength = 0;
                    pendingTooLong = false;
                    lineStart = i + 1;
                }
                int rest = read - lineStart;
                if (pendingTooLong || pendingLength + rest > maxLineBytes) {
                    pendingTooLong = true;
                } else {
                    pending = append(pending, pendingLength, buffer, lineStart, rest);
                    pendingLength += rest;
                }
            }
            if (pendingTooLong) {
                batch = addLine(batch, null, 0, -1);
            } else if (pendingLength > 0) {
                batch = addLine(batch, pending, 0, pendingLength);
            }
            if (layout == null) {
                throw new IllegalArgumentException("line 1: missing_header: the input is empty; the first line must be a header with a `name` column");
            }
            if (batch.count() > 0) {
                submit(batch);
            }
            while (!inFlight.isEmpty()) {
                writeOldest();
            }
            output.flush();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
            reportProgress(true);
            return new ScreenSummary(lineNumber - 1, prohibited, review, clear, bad, elapsed);
        }

        private byte[] append(byte[] target, int targetLength, byte[] source, int offset, int length) {
            byte[] grown = targetLength + length > target.length
                    ? Arrays.copyOf(target, Math.max(target.length * 2, targetLength + length)) : target;
            System.arraycopy(source, offset, grown, targetLength, length);
            return grown;
        }

        /** Takes one line (length -1: too long); the header is handled here, data lines go to batches. */
        private LineBatch addLine(LineBatch batch, byte[] bytes, int offset, int length) throws IOException {
            lineNumber++;
            int trimmed = length > 0 && bytes[offset + length - 1] == '\r' ? length - 1 : length;
            if (layout == null) {
                readHeader(bytes, offset, trimmed);
                return newBatch();
            }
            if (trimmed < 0) {
                batch.addTooLong();
            } else {
                batch.add(bytes, offset, trimmed);
            }
            if (batch.isFull()) {
                submit(batch);
                return newBatch();
            }
            return batch;
        }

        private LineBatch newBatch() {
            return new LineBatch(lineNumber + 1, options.batchRows(), 64 * options.batchRows());
        }

        private void readHeader(byte[] bytes, int offset, int length) throws IOException {
            if (length < 0) {
                throw new IllegalArgumentException("line 1: line_too_long: the header is longer than " + options.maxLineChars() + " chars");
            }
            String header;
            try {
                header = utf8Decoder().decode(ByteBuffer.wrap(bytes, offset, length)).toString();
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException("line 1: not_utf8: the header is not valid UTF-8; save the file as UTF-8");
            }
            List<String> columns = CsvLine.parse(header.startsWith("\uFEFF") ? header.substring(1) : header);
            if (columns == null || !columns.contains(NAME_COLUMN)) {
                throw new IllegalArgumentException("line 1: missing_column: the header `" + header
                        + "` has no `name` column; the first line must name the columns, e.g. `name,businessScope`");
            }
            layout = new Layout(columns.size(), columns.indexOf(NAME_COLUMN), columns.indexOf(SCOPE_COLUMN));
            StringBuilder out = new StringBuilder();
            for (String column : columns) {
                CsvLine.appendField(out, column);
                out.append(',');
            }
            out.append(String.join(",", ADDED_COLUMNS)).append('\n');
            output.write(out.toString().getBytes(StandardCharsets.UTF_8));
        }

        private void submit(LineBatch batch) throws IOException {
            Layout columns = layout;
            inFlight.add(workers.submit(() -> screenBatch(batch, columns)));
            if (inFlight.size() >= 2 * options.threads()) {
                writeOldest();
            }
        }

        private void writeOldest() throws IOException {
            BatchResult result;
            try {
                result = inFlight.poll().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("bulk screen interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a screening worker failed", e.getCause());
            }
            output.write(result.csv());
            result.badRows().forEach(badRowSink);
            prohibited += result.prohibited();
            review += result.review();
            clear += result.clear();
            bad += result.badRows().size();
            reportProgress(false);
        }

        private void reportProgress(boolean last) {
            long now = System.nanoTime();
            if (!last && now - lastProgressNanos < options.progressInterval().toNanos()) {
                return;
            }
            lastProgressNanos = now;
            double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
            long rows = prohibited + review + clear + bad;
            Optional<Duration> eta = Optional.empty();
            if (inputSize.isPresent() && bytesRead > 0) {
                double bytesPerSecond = bytesRead / seconds;
                long remaining = Math.max(0, inputSize.getAsLong() - bytesRead);
                eta = Optional.of(Duration.ofMillis((long) (remaining / bytesPerSecond * 1000)));
            }
            progressSink.accept(new ScreenProgress(rows, bytesRead, inputSize, rows / seconds, eta));
        }
    }

    private BatchResult screenBatch(LineBatch batch, Layout layout) {
        CharsetDecoder decoder = utf8Decoder();
        StringBuilder out = new StringBuilder(batch.byteCount() + batch.count() * 24);
        List<BadRow> badRows = new ArrayList<>();
        long prohibited = 0;
        long review = 0;
        long clear = 0;
        for (int i = 0; i < batch.count(); i++) {
            long line = batch.firstLine + i;
            if (batch.isTooLong(i)) {
                badRows.add(new BadRow(line, "line_too_long", "the line is longer than " + options.maxLineChars() + " chars"));
                continue;
            }
            String text;
            try {
                text = decoder.decode(ByteBuffer.wrap(batch.bytes(), batch.start(i), batch.end(i) - batch.start(i))).toString();
            } catch (CharacterCodingException e) {
                badRows.add(new BadRow(line, "not_utf8", "the line is not valid UTF-8; save the file as UTF-8"));
                continue;
            }
            if (text.length() > options.maxLineChars()) {
                badRows.add(new BadRow(line, "line_too_long", "the line is longer than " + options.maxLineChars() + " chars"));
                continue;
            }
            List<String> fields = CsvLine.parse(text);
            if (fields == null) {
                badRows.add(new BadRow(line, "bad_quotes", "a quoted field is not closed on this line, or text follows its closing quote"));
                continue;
            }
            if (fields.size() != layout.columnCount()) {
                badRows.add(new BadRow(line, "wrong_column_count", "the row has " + fields.size() + " fields, the header "
                        + layout.columnCount() + "; quote a field that contains a comma"));
                continue;
            }
            String name = fields.get(layout.nameIndex());
            if (name.isBlank()) {
                badRows.add(new BadRow(line, "empty_name", "the name is empty"));
                continue;
            }
            List<TermHit> hits = matcher.find(NAME_COLUMN, name);
            if (layout.scopeIndex() >= 0) {
                List<TermHit> scopeHits = matcher.find(SCOPE_COLUMN, fields.get(layout.scopeIndex()));
                if (!scopeHits.isEmpty()) {
                    hits = new ArrayList<>(hits);
                    hits.addAll(scopeHits);
                }
            }
            ScreenVerdict verdict = verdictOf(hits);
            switch (verdict) {
                case PROHIBITED -> prohibited++;
                case REVIEW -> review++;
                case CLEAR -> clear++;
            }
            appendRow(out, fields, verdict, hits);
        }
        return new BatchResult(out.toString().getBytes(StandardCharsets.UTF_8), badRows, prohibited, review, clear);
    }

    private static ScreenVerdict verdictOf(List<TermHit> hits) {
        ScreenVerdict verdict = ScreenVerdict.CLEAR;
        for (TermHit hit : hits) {
            if (hit.entry().tier() == TermTier.PROHIBITED) {
                return ScreenVerdict.PROHIBITED;
            }
            verdict = ScreenVerdict.REVIEW;
        }
        return verdict;
    }

    private static void appendRow(StringBuilder out, List<String> fields, ScreenVerdict verdict, List<TermHit> hits) {
        for (String field : fields) {
            CsvLine.appendField(out, field);
            out.append(',');
        }
        out.append(verdict).append(',');
        Set<String> terms = new LinkedHashSet<>();
        StringBuilder spans = new StringBuilder();
        for (TermHit hit : hits) {
            terms.add(hit.entry().term());
            if (!spans.isEmpty()) {
                spans.append('|');
            }
            spans.append(hit.field()).append(':').append(hit.start()).append('-').append(hit.end());
        }
        CsvLine.appendField(out, String.join("|", terms));
        out.append(',');
        out.append(spans).append('\n');
    }

    private static CharsetDecoder utf8Decoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
