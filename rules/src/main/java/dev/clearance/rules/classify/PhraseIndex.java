package dev.clearance.rules.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The vocabulary compiled into a tree of normalised words: one hash lookup per word of text,
 * no regular expressions, no string concatenation on the classify path. Immutable once built,
 * so any number of threads may read it.
 */
final class PhraseIndex {

    /** A vocabulary phrase as the matcher sees it. {@code id} tells repeated matches of one phrase apart. */
    record Phrase(int id, int category, double weight) {
    }

    /** A phrase ending at word {@code lastWord} (inclusive) of a scanned text. */
    record Match(List<Phrase> phrases, int lastWord) {
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>(4);
        final List<Phrase> phrases = new ArrayList<>(1);
        final List<VocabularyEntry> entries = new ArrayList<>(1);
    }

    private final Node root = new Node();
    private int phraseCount;

    /**
     * Adds an entry's phrase for {@code category}.
     *
     * @throws VocabularyException when the same normalised phrase is already in that category
     */
    void add(VocabularyEntry entry, int category) {
        Words words = Words.of(entry.phrase());
        Node node = root;
        for (int i = 0; i < words.size(); i++) {
            node = node.children.computeIfAbsent(words.word(i), w -> new Node());
        }
        for (int i = 0; i < node.phrases.size(); i++) {
            if (node.phrases.get(i).category() == category) {
                VocabularyEntry first = node.entries.get(i);
                throw new VocabularyException(entry.location() + ": phrase `" + entry.phrase() + "` repeats `"
                        + first.phrase() + "` of " + first.location() + " in category " + entry.category()
                        + " (the same words once case, punctuation and plurals are folded); expected each phrase once per category");
            }
        }
        node.phrases.add(new Phrase(phraseCount++, category, entry.weight()));
        node.entries.add(entry);
    }

    /**
     * The longest vocabulary phrase starting at word {@code first}, or {@code null}. Longest wins so
     * that a specific phrase ("super bowl halftime show") decides over the shorter one inside it.
     */
    Match longestAt(Words words, int first) {
        Node node = root.children.get(words.word(first));
        Match longest = null;
        int i = first;
        while (node != null) {
            if (!node.phrases.isEmpty()) {
                longest = new Match(node.phrases, i);
            }
            i++;
            node = i < words.size() ? node.children.get(words.word(i)) : null;
        }
        return longest;
    }
}
