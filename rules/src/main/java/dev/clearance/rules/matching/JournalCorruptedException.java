package dev.clearance.rules.matching;

/** A journal is damaged before its last record: it cannot be replayed without losing commands. */
public final class JournalCorruptedException extends RuntimeException {

    public JournalCorruptedException(String message) {
        super(message);
    }
}
