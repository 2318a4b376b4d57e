package dev.clearance.rules.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The raw hits of one lookup, before suppression. Kept as parallel arrays in per-thread scratch
 * memory; most texts have none, and then nothing is allocated.
 */
final class Candidates {

    private TermEntry[] entries = new TermEntry[8];
    private int[] starts = new int[8];
    private int[] ends = new int[8];
    private int size;

    void clear() {
        Arrays.fill(entries, 0, size, null);
        size = 0;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void add(TermEntry entry, int start, int end) {
        for (int i = 0; i < size; i++) {
            if (entries[i] == entry && starts[i] == start && ends[i] == end) {
                return;
            }
        }
        if (size == entries.length) {
            entries = Arrays.copyOf(entries, size * 2);
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        entries[size] = entry;
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    /** The hits that survive suppression, in text order. */
    List<TermHit> resolve(String field, String originalText) {
        List<TermHit> hits = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            if (entries[i].tier() != TermTier.ALLOW && !isSuppressed(i)) {
                hits.add(new TermHit(entries[i], field, starts[i], ends[i], originalText.substring(starts[i], ends[i])));
            }
        }
        hits.sort(Comparator.comparingInt(TermHit::start).thenComparingInt(TermHit::end));
        return hits;
    }

    /**
     * A hit is suppressed by an ALLOW hit that covers it (the innocent longer word), or by a longer
     * hit that covers it and is at least as strict (crypto inside crypto asset). A longer but milder
     * hit never hides a stricter one.
     */
    private boolean isSuppressed(int i) {
        for (int j = 0; j < size; j++) {
            boolean covers = j != i && starts[j] <= starts[i] && ends[j] >= ends[i]
                    && (ends[j] - starts[j]) > (ends[i] - starts[i]);
            if (covers && (entries[j].tier() == TermTier.ALLOW || entries[j].tier().outranksOrEquals(entries[i].tier()))) {
                return true;
            }
        }
        return false;
    }
}
