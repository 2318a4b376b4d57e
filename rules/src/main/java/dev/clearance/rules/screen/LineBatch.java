package dev.clearance.rules.screen;

import java.util.Arrays;

/**
 * Raw lines of input, undecoded, handed to one worker. Bytes of all lines share one array;
 * a line too long to keep is recorded with no bytes and a flag.
 */
final class LineBatch {

    final long firstLine;
    private byte[] bytes;
    private int byteCount;
    private final int[] starts;
    private final int[] ends;
    private final boolean[] tooLong;
    private int count;

    LineBatch(long firstLine, int capacity, int initialBytes) {
        this.firstLine = firstLine;
        this.bytes = new byte[initialBytes];
        this.starts = new int[capacity];
        this.ends = new int[capacity];
        this.tooLong = new boolean[capacity];
    }

    boolean isFull() {
        return count == starts.length;
    }

    int count() {
        return count;
    }

    int byteCount() {
        return byteCount;
    }

    /** Appends a line's bytes, without its line terminator. */
    void add(byte[] source, int offset, int length) {
        if (byteCount + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, byteCount + length));
        }
        System.arraycopy(source, offset, bytes, byteCount, length);
        starts[count] = byteCount;
        byteCount += length;
        ends[count] = byteCount;
        tooLong[count] = false;
        count++;
    }

    void addTooLong() {
        starts[count] = byteCount;
        ends[count] = byteCount;
        tooLong[count] = true;
        count++;
    }

    byte[] bytes() {
        return bytes;
    }

    int start(int index) {
        return starts[index];
    }

    int end(int index) {
        return ends[index];
    }

    boolean isTooLong(int index) {
        return tooLong[index];
    }
}
