package dev.clearance.rules.pack;

import java.util.Arrays;

/**
 * Line numbers in the text of a pack file, so a problem can point at its line: where each line
 * starts is found once, and each offset is looked up in that index.
 */
public final class SourceLines {

    private final String text;
    private final int[] lineStarts;

    public SourceLines(String text) {
        this.text = text;
        this.lineStarts = new int[(int) text.chars().filter(c -> c == '\n').count() + 1];
        for (int i = 0, line = 1; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts[line++] = i + 1;
            }
        }
    }

    /** The 1-based line that holds the character at {@code offset}. */
    public int lineAt(long offset) {
        int found = Arrays.binarySearch(lineStarts, (int) Math.min(offset, text.length()));
        return (found >= 0 ? found : -found - 2) + 1;
    }

    /**
     * The line a CSV record starts on. The parser reports the position where it began reading the
     * record, which lies before any blank lines it skipped to reach it.
     */
    public int recordLineAt(long position) {
        int start = (int) Math.min(position, text.length());
        while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
            start++;
        }
        return lineAt(start);
    }
}
