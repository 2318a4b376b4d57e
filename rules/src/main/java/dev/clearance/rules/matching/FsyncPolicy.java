package dev.clearance.rules.matching;

/** When a {@link FileJournal} forces appended records to the disk. */
public enum FsyncPolicy {
    /** fsync after every append: a command is durable before it is applied. Slowest. */
    EVERY_COMMAND,
    /**
     * fsync on {@link Journal#flush()}: group commit. The caller appends a batch, flushes, and only
     * then applies the batch or answers its senders.
     */
    ON_FLUSH,
    /**
     * Never fsync: records reach the OS page cache on append, so they survive a process crash but
     * not a power loss. For tests and benchmarks.
     */
    NEVER
}
