package dev.clearance.rules.classify;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One row of a classifier vocabulary: a phrase of one to four words that is evidence for a
 * category, with the weight of that evidence; or, in the reserved category {@link #NONE}, a stop
 * phrase of two to four words that is evidence for nothing and only, being longer, keeps the
 * shorter phrases inside it from matching ("at noon" is a time, not the matchup word "at").
 *
 * @param category upper-case category identifier defined by the vocabulary itself, e.g. {@code SPORTS},
 *                 or {@link #NONE} for a stop phrase
 * @param phrase   the phrase as the lawyer wrote it; the classifier normalises it the same way as the text
 * @param weight   strength of the evidence, greater than zero; a strong phrase outweighs several weak ones;
 *                 0 for a stop phrase
 * @param source   name of the file the row came from, for error messages
 * @param line     line of the row in that file
 */
public record VocabularyEntry(String category, String phrase, double weight, String source, int line) {

    /** The reserved category of stop phrases: rows that are evidence for no category. */
    public static final String NONE = "NONE";

    /** True for a stop phrase, a row of category {@link #NONE}. */
    public boolean isStopPhrase() {
        return NONE.equals(category);
    }

    /** Where the row came from, as {@code source:line}. */
    public String location() {
        return source + ":" + line;
    }

    /** The phrase as the classifier matches it (case, punctuation and plurals folded), words joined by one space. */
    public String normalisedPhrase() {
        Words words = Words.of(phrase);
        return IntStream.range(0, words.size()).mapToObj(words::word)
                .collect(Collectors.joining(" "));
    }
}
