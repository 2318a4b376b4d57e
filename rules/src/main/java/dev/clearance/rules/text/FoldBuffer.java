package dev.clearance.rules.text;

import java.util.Arrays;

/**
 * Folded text with the way back to the original: char {@code i} of the folded text came from
 * original chars {@code [from[i], to[i])}. Separators are dropped and remembered as a gap before
 * the next folded char, so terms match across them while word boundaries stay visible.
 * One buffer per thread; it grows to the longest text seen and is reused.
 */
final class FoldBuffer implements CharSequence {

    private char[] chars = new char[64];
    private int[] from = new int[64];
    private int[] to = new int[64];
    private boolean[] gapBefore = new boolean[64];
    private int length;
    private boolean mayHideLetters;

    void clear() {
        length = 0;
        mayHideLetters = false;
    }

    void append(char folded, int originalFrom, int originalTo, boolean gap) {
        if (length == chars.length) {
            grow();
        }
        chars[length] = folded;
        from[length] = originalFrom;
        to[length] = originalTo;
        gapBefore[length] = gap;
        length++;
    }

    private void grow() {
        int capacity = chars.length * 2;
        chars = Arrays.copyOf(chars, capacity);
        from = Arrays.copyOf(from, capacity);
        to = Arrays.copyOf(to, capacity);
        gapBefore = Arrays.copyOf(gapBefore, capacity);
    }

    /** Marks that the text holds a digit or symbol that may stand for a letter. */
    void markMayHideLetters() {
        mayHideLetters = true;
    }

    boolean mayHideLetters() {
        return mayHideLetters;
    }

    /** True when a separator stood between folded chars {@code index - 1} and {@code index}. */
    boolean gapBefore(int index) {
        return gapBefore[index];
    }

    int originalStart(int index) {
        return from[index];
    }

    int originalEnd(int index) {
        return to[index];
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        return chars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new String(chars, start, end - start);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
