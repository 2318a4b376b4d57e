package dev.clearance.service.audit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.InflaterInputStream;

/**
 * The form decision JSON takes in the audit table: deflated. A decision for every jurisdiction
 * repeats each rule's reason and citation across states, so it shrinks about thirteen-fold
 * (218 KB to 17 KB for a sports contract), and the database writes, and rewrites as its pages
 * fill, a fraction of the bytes. The fastest level: the store, not the ratio, is what costs.
 */
public final class StoredJson {

    private StoredJson() {
    }

    static byte[] deflate(byte[] json) {
        // Straight into an array of the expected size, grown only for JSON that shrinks less:
        // a DeflaterOutputStream allocates an 8 KB buffer per call, which was more than half of
        // what deflating allocated under load.
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(json);
            deflater.finish();
            byte[] deflated = new byte[json.length / 8 + 64];
            int length = 0;
            while (!deflater.finished()) {
                if (length == deflated.length) {
                    deflated = Arrays.copyOf(deflated, deflated.length * 2);
                }
                length += deflater.deflate(deflated, length, deflated.length - length);
            }
            return length == deflated.length ? deflated : Arrays.copyOf(deflated, length);
        } finally {
            deflater.end();
        }
    }

    /** The JSON again; a row whose bytes are not a complete deflate stream is reported, not guessed at. */
    static byte[] inflate(byte[] deflated) {
        try (InputStream json = open(deflated)) {
            return json.readAllBytes();
        } catch (IOException e) {
            throw new UnreadableRecordException("a stored decision is not a complete deflate stream", e);
        }
    }

    /** The JSON as a stream, for a reader that needs only its head (the load program's audit check). */
    public static InputStream open(byte[] deflated) {
        return new InflaterInputStream(new ByteArrayInputStream(deflated));
    }
}
