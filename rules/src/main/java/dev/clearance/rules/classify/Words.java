package dev.clearance.rules.classify;

import java.util.Arrays;

/**
 * A text cut into normalised words, each with its UTF-16 span in the original text.
 *
 * <p>Normalisation makes "Super Bowl's", "super-bowl" and "SUPER BOWLS" the same two words:
 * letters are lower-cased, any character that is not a letter or digit separates words, a
 * possessive {@code 's} is dropped, other apostrophes join ("don't" is one word), a decimal
 * point or thousands comma between digits stays inside the number ("5.5", "1,000" as "1000"),
 * and plurals are reduced by {@link #singular(String)}. Dotted initials join ("U.S." is "us", so it
 * meets the vocabulary's "us open"), and a change between letters and digits separates words
 * ("QB2", "PS5" and "H5N1" read as "qb 2", "ps 5" and "h 5 n 1", like their spaced spellings), so
 * a number glued to a name neither hides the name nor becomes evidence of its own. A hand-written scanner rather than a
 * regular expression because it runs on every classify call.
 */
final class Words {

    private final String[] words;
    private final int[] starts;
    private final int[] ends;
    private final int size;

    private Words(String[] words, int[] starts, int[] ends, int size) {
        this.words = words;
        this.starts = starts;
        this.ends = ends;
        this.size = size;
    }

    int size() {
        return size;
    }

    String word(int index) {
        return words[index];
    }

    int start(int index) {
        return starts[index];
    }

    int end(int index) {
        return ends[index];
    }

    static Words of(String text) {
        Builder out = new Builder(text == null ? 0 : text.length() / 4 + 1);
        if (text == null) {
            return out.build();
        }
        StringBuilder word = new StringBuilder(16);
        int wordStart = -1;
        int lettersSinceDot = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (wordStart >= 0 && Character.isDigit(cp) != endsInNumber(word)) {
                    out.add(word, wordStart, i);
                    wordStart = -1;
                }
                if (wordStart < 0) {
                    wordStart = i;
                    lettersSinceDot = 0;
                }
                word.appendCodePoint(Character.toLowerCase(cp));
                lettersSinceDot++;
            } else if (wordStart >= 0 && cp == '.' && lettersSinceDot == 1 && isAcronymLetterAt(text, next)) {
                lettersSinceDot = 0;
            } else if (wordStart >= 0 && isApostrophe(cp) && next < length && Character.isLetter(text.codePointAt(next))) {
                if (isPossessiveS(text, next)) {
                    out.add(word, wordStart, i);
                    wordStart = -1;
                    next++;
                }
            } else if (wordStart >= 0 && (cp == '.' || cp == ',') && isDigitAround(text, i, next)) {
                if (cp == '.') {
                    word.append('.');
                }
            } else if (wordStart >= 0) {
                out.add(word, wordStart, i);
                wordStart = -1;
            }
            i = next;
        }
        if (wordStart >= 0) {
            out.add(word, wordStart, length);
        }
        return out.build();
    }

    /**
     * Reduces an English plural to a stem shared with its singular, so a vocabulary needs only
     * one form. Both the vocabulary and the text go through this, so the stem only has to be
     * consistent, not a dictionary word ("movie" and "movies" both become "movy").
     */
    static String singular(String word) {
        int n = word.length();
        if (n > 4 && word.endsWith("ies")) {
            return word.substring(0, n - 3) + "y";
        }
        if (n > 3 && word.endsWith("ie")) {
            return word.substring(0, n - 2) + "y";
        }
        if (n > 4 && (word.endsWith("sses") || word.endsWith("ches") || word.endsWith("shes")
                || word.endsWith("xes") || word.endsWith("zzes"))) {
            return word.substring(0, n - 2);
        }
        if (n > 3 && word.charAt(n - 1) == 's' && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is") && Character.isLetter(word.charAt(n - 2))) {
            return word.substring(0, n - 1);
        }
        return word;
    }

    private static boolean endsInNumber(StringBuilder word) {
        char last = word.charAt(word.length() - 1);
        return Character.isDigit(last) || last == '.';
    }

    /** A lone letter followed by a dot or the end of a word: the next letter of "U.S." or "D.C.". */
    private static boolean isAcronymLetterAt(String text, int at) {
        int after = at + 1;
        return at < text.length() && Character.isLetter(text.charAt(at))
                && (after >= text.length() || !Character.isLetterOrDigit(text.charAt(after)));
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019';
    }

    private static boolean isPossessiveS(String text, int at) {
        char c = text.charAt(at);
        int after = at + 1;
        return (c == 's' || c == 'S') && (after >= text.length() || !Character.isLetterOrDigit(text.codePointAt(after)));
    }

    private static boolean isDigitAround(String text, int at, int next) {
        return at > 0 && Character.isDigit(text.charAt(at - 1)) && next < text.length()
                && Character.isDigit(text.charAt(next));
    }

    /** Growable arrays, so a call allocates little more than the words themselves. */
    private static final class Builder {
        private String[] words;
        private int[] starts;
        private int[] ends;
        private int size;

        Builder(int capacity) {
            words = new String[capacity];
            starts = new int[capacity];
            ends = new int[capacity];
        }

        void add(StringBuilder word, int start, int end) {
            if (size == words.length) {
                int capacity = size * 2;
                words = Arrays.copyOf(words, capacity);
                starts = Arrays.copyOf(starts, capacity);
                ends = Arrays.copyOf(ends, capacity);
            }
            words[size] = singular(word.toString());
            starts[size] = start;
            ends[size] = end;
            size++;
            word.setLength(0);
        }

        Words build() {
            return new Words(words, starts, ends, size);
        }
    }
}
