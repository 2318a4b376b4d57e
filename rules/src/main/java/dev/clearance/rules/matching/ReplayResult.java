package dev.clearance.rules.matching;

import java.util.Optional;

/**
 * What a journal replay found.
 *
 * @param commands      complete records replayed
 * @param truncatedTail the torn last record, if the previous writer stopped in the middle of one
 */
public record ReplayResult(long commands, Optional<TruncatedRecord> truncatedTail) {

    /**
     * An incomplete record at the end of a journal.
     *
     * @param offset  where the record starts; the journal now ends here
     * @param bytes   how many bytes of it were on disk and have been cut off
     * @param problem what was wrong with it
     */
    public record TruncatedRecord(long offset, long bytes, String problem) {
    }
}
