package dev.clearance.rules.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The vocabulary compiled into a tree of normalised words: one hash lookup per word of text,
 * no regular expressions, no string concatenation on the classify path. Immutable once built,
 * so any number of threads may read it. A stop phrase ({@link VocabularyEntry#NONE}) ends a
 * phrase like any other, so it takes part in longest-match, but carries no {@link Phrase}: its
 * match has none to count.
 */
final class PhraseIndex {

    /** The category number {@link #add} takes for a stop phrase. */
    static final int STOP = -1;

    /** A vocabulary phrase as the matcher sees it. {@code id} tells repeated matches of one phrase apart. */
    record Phrase(int id, int category, double weight) {
    }

    /** A phrase ending at word {@code lastWord} (inclusive) of a scanned text; no phrases when it is a stop phrase. */
    record Match(List<Phrase> phrases, int lastWord) {
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>(4);
        final List<Phrase> phrases = new ArrayList<>(1);
        /** Every row ending here: the evidence rows in the order of {@link #phrases}, or one stop phrase. */
        final List<VocabularyEntry> entries = new ArrayList<>(1);

        boolean endsAPhrase() {
            return !entries.isEmpty();
        }
    }

    private final Node root = new Node();
    private int phraseCount;

    /**
     * Adds an entry's phrase for {@code category}, or as a stop phrase when {@code category} is {@link #STOP}.
     *
     * @throws VocabularyException when the same normalised phrase is already in that category, or is
     *                             both a stop phrase and evidence for a category
     */
    void add(VocabularyEntry entry, int category) {
        Words words = Words.of(entry.phrase());
        Node node = root;
        for (int i = 0; i < words.size(); i++) {
            node = node.children.computeIfAbsent(words.word(i), w -> new Node());
        }
        for (VocabularyEntry first : node.entries) {
            if (first.category().equals(entry.category())) {
                throw new VocabularyException(entry.location() + ": phrase `" + entry.phrase() + "` repeats `"
                        + first.phrase() + "` of " + first.location() + " in category " + entry.category()
                        + " (the same words once case, punctuation and plurals are folded); expected each phrase once per category");
            }
            if (first.isStopPhrase() || entry.isStopPhrase()) {
                throw new VocabularyException(entry.location() + ": phrase `" + entry.phrase() + "` of category "
                        + entry.category() + " reads as `" + first.phrase() + "` of " + first.location() + " in category "
                        + first.category() + "; a phrase is either a stop phrase (NONE) or evidence for categories, "
                        + "expected one of the two rows");
            }
        }
        if (category != STOP) {
            node.phrases.add(new Phrase(phraseCount++, category, entry.weight()));
        }
        node.entries.add(entry);
    }

    /**
     * The longest vocabulary phrase starting at word {@code first}, or {@code null}. Longest wins so
     * that a specific phrase ("super bowl halftime show") decides over the shorter one inside it,
     * and a stop phrase ("at noon") silences the shorter one inside it ("at").
     */
    Match longestAt(Words words, int first) {
        Node node = root.children.get(words.word(first));
        Match longest = null;
        int i = first;
        while (node != null) {
            if (node.endsAPhrase()) {
                longest = new Match(node.phrases, i);
            }
            i++;
            node = i < words.size() ? node.children.get(words.word(i)) : null;
        }
        return longest;
    }
}
