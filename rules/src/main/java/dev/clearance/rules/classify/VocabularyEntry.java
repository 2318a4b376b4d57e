package dev.clearance.rules.classify;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One row of a classifier vocabulary: a phrase of one to four words that is evidence for a
 * category, with the weight of that evidence.
 *
 * @param category upper-case category identifier defined by the vocabulary itself, e.g. {@code SPORTS}
 * @param phrase   the phrase as the lawyer wrote it; the classifier normalises it the same way as the text
 * @param weight   strength of the evidence, greater than zero; a strong phrase outweighs several weak ones
 * @param source   name of the file the row came from, for error messages
 * @param line     line of the row in that file
 */
public record VocabularyEntry(String category, String phrase, double weight, String source, int line) {

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
