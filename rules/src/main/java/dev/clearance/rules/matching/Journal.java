package dev.clearance.rules.matching;

import java.util.function.Consumer;

/**
 * An append-only log of the commands sequenced to one market. Write-ahead: a command is appended
 * before it is applied, so replaying the journal into a fresh market rebuilds the same state
 * (rejected commands replay to the same rejections).
 */
public interface Journal extends AutoCloseable {

    /** Appends one command. A journal that holds records must be replayed before the first append. */
    void append(Command command);

    /** Makes every appended command durable as the journal's {@link FsyncPolicy} promises. */
    void flush();

    /**
     * Reads every complete record from the start, in order. A torn last record (a crash in the
     * middle of a write) is reported in the result and cut off so appending can continue; damage
     * before the last record throws {@link JournalCorruptedException}.
     */
    ReplayResult replay(Consumer<Command> consumer);

    @Override
    void close();
}
