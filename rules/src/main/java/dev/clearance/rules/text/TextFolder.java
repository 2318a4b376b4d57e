package dev.clearance.rules.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.Transliterator;

import java.util.HashMap;
import java.util.Map;

/**
 * Folds text so that disguised spellings of a term read as the term: NFKC case folding
 * (full-width and compatibility forms, case), traditional to simplified Chinese, look-alike
 * letters of other scripts to the Latin letter they imitate (UTS #39 confusables), removal of
 * invisible characters, and separators turned into gaps.
 *
 * <p>ICU is consulted once per BMP char when the table is built; folding a text is then one
 * table lookup per char. Chars outside the BMP are rare in names and take ICU directly.
 *
 * <p>The second, "letter-reading" mode also reads digits and symbols that stand for letters
 * ({@code crypt0}, {@code st4blecoin}, {@code $}). Because {@code 1} may stand for either
 * {@code i} or {@code l}, that mode folds all three to one placeholder; terms are folded the
 * same way, so a match in this mode is always a whole term.
 */
final class TextFolder {

    /** Shared by every matcher: the table depends on Unicode data only, not on any term list. */
    static final TextFolder INSTANCE = new TextFolder();

    /** The letter-reading placeholder for {@code i}, {@code l} and {@code 1} (a private-use char). */
    static final char I_OR_L = '\uE000';

    private static final byte KEEP = 0;
    private static final byte GAP = 1;
    private static final byte REMOVE = 2;
    private static final byte MULTI = 3;
    private static final byte SURROGATE = 4;

    /** In a {@link #multi} string, a space stands for a separator. */
    private static final char MULTI_GAP = ' ';

    private static final String DIGITS_AND_SYMBOLS_READ_AS = "0o1" + I_OR_L + "3e4a5s7t@a$s";

    private final byte[] kind = new byte[Character.MAX_VALUE + 1];
    private final char[] single = new char[Character.MAX_VALUE + 1];
    private final String[] multi = new String[Character.MAX_VALUE + 1];
    private final boolean[] wordLetter = new boolean[Character.MAX_VALUE + 1];
    /** Chars that may stand for another letter: digits and symbols, and anything that looks like i or l. */
    private final boolean[] mayHideLetter = new boolean[Character.MAX_VALUE + 1];
    private final char[] letterReading = new char[128];

    private final Normalizer2 nfkcCasefold = Normalizer2.getNFKCCasefoldInstance();
    private final Normalizer2 nfd = Normalizer2.getNFDInstance();
    private final SpoofChecker spoofChecker = new SpoofChecker.Builder().build();
    private final Transliterator traditionalToSimplified = Transliterator.getInstance("Traditional-Simplified");
    private final Map<String, Character> latinBySkeleton = new HashMap<>();

    private TextFolder() {
        for (char letter = 'a'; letter <= 'z'; letter++) {
            latinBySkeleton.putIfAbsent(spoofChecker.getSkeleton(String.valueOf(letter)), letter);
        }
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            latinBySkeleton.putIfAbsent(spoofChecker.getSkeleton(String.valueOf(letter)), Character.toLowerCase(letter));
        }
        for (int i = 0; i < DIGITS_AND_SYMBOLS_READ_AS.length(); i += 2) {
            letterReading[DIGITS_AND_SYMBOLS_READ_AS.charAt(i)] = DIGITS_AND_SYMBOLS_READ_AS.charAt(i + 1);
        }
        letterReading['i'] = I_OR_L;
        letterReading['l'] = I_OR_L;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            buildEntry((char) c);
        }
        wordLetter[I_OR_L] = true;
    }

    private void buildEntry(char c) {
        wordLetter[c] = Character.isLetter(c) && !isCjk(c);
        if (Character.isSurrogate(c)) {
            kind[c] = SURROGATE;
            return;
        }
        if (isPrivateUse(c)) {
            // Never letters, and keeping them out frees the placeholder for letter reading.
            kind[c] = GAP;
            return;
        }
        String folded = foldCodePoint(c);
        String nfkc = nfkcCasefold.normalize(String.valueOf(c));
        if (nfkc.length() == 1) {
            single[c] = nfkc.charAt(0);
        }
        if (folded.isEmpty()) {
            kind[c] = REMOVE;
        } else if (folded.length() == 1 && folded.charAt(0) == MULTI_GAP) {
            kind[c] = GAP;
        } else if (folded.length() == 1) {
            kind[c] = KEEP;
            single[c] = folded.charAt(0);
        } else {
            kind[c] = MULTI;
            multi[c] = folded;
        }
        char read = readAsLetter(single[c]);
        boolean digitOrSymbolForLetter = single[c] < 'a' && read != single[c];
        boolean looksLikeIOrL = read == I_OR_L && c != 'i' && c != 'l' && c != 'L';
        mayHideLetter[c] = digitOrSymbolForLetter || looksLikeIOrL;
    }

    /**
     * The folded form of one code point: kept chars as they fold, a space per separator,
     * nothing for invisible chars.
     */
    private String foldCodePoint(int codePoint) {
        String original = new String(Character.toChars(codePoint));
        String nfkc = nfkcCasefold.normalize(original);
        if (nfkc.codePointCount(0, nfkc.length()) == 1 && nfkc.codePointAt(0) >= 128) {
            String latin = latinLookAlike(original, nfkc);
            if (latin != null) {
                return latin;
            }
        }
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().forEach(folded -> out.append(classify(folded)));
        return out.toString();
    }

    private String classify(int codePoint) {
        if (UScript.getScript(codePoint) == UScript.HAN) {
            return traditionalToSimplified.transliterate(new String(Character.toChars(codePoint)));
        }
        int type = Character.getType(codePoint);
        if (Character.isLetterOrDigit(codePoint) || type == Character.LETTER_NUMBER || type == Character.COMBINING_SPACING_MARK) {
            return new String(Character.toChars(codePoint));
        }
        // Combining marks left over after NFKC can only decorate, and format chars are invisible:
        // both are ways to break a term without changing how it looks.
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return "";
        }
        return String.valueOf(MULTI_GAP);
    }

    /** The Latin letter a letter of another script imitates, or null. */
    private String latinLookAlike(String original, String nfkc) {
        int codePoint = nfkc.codePointAt(0);
        if (!Character.isLetter(codePoint) || isCjk(codePoint)) {
            return null;
        }
        // The original first: a Cyrillic capital Т looks like T, its lower case т does not look like t.
        for (String candidate : new String[] {original, nfkc}) {
            Character latin = latinBySkeleton.get(spoofChecker.getSkeleton(candidate));
            if (latin != null) {
                return String.valueOf(latin);
            }
        }
        if (UScript.getScript(codePoint) == UScript.LATIN) {
            String withoutMarks = nfd.normalize(nfkc).replaceAll("\\p{M}", "");
            if (withoutMarks.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
                return withoutMarks;
            }
        }
        return null;
    }

    private static boolean isCjk(int codePoint) {
        int script = UScript.getScript(codePoint);
        return script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA
                || script == UScript.HANGUL || script == UScript.BOPOMOFO;
    }

    private static boolean isPrivateUse(char c) {
        return Character.getType(c) == Character.PRIVATE_USE;
    }

    /** True for a folded char that belongs to an alphabetic word (not CJK, not a digit). */
    boolean isWordLetter(char folded) {
        return wordLetter[folded];
    }

    /**
     * Folds {@code text} into {@code out}. With {@code readLetters}, digits and symbols that
     * stand for letters are read as those letters.
     */
    void fold(CharSequence text, boolean readLetters, FoldBuffer out) {
        out.clear();
        boolean gap = false;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            switch (kind[c]) {
                case KEEP -> {
                    char folded = single[c];
                    if (readLetters) {
                        folded = readAsLetter(folded);
                    } else if (mayHideLetter[c]) {
                        out.markMayHideLetters();
                    }
                    out.append(folded, i, i + 1, gap);
                    gap = false;
                }
                case GAP -> {
                    char letter = readAsLetter(single[c]);
                    if (readLetters && letter != single[c]) {
                        out.append(letter, i, i + 1, gap);
                        gap = false;
                    } else {
                        if (mayHideLetter[c]) {
                            out.markMayHideLetters();
                        }
                        gap = true;
                    }
                }
                case REMOVE -> {
                    // invisible: neither a char nor a separator
                }
                case MULTI -> gap = appendFolded(multi[c], i, i + 1, gap, readLetters, out);
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                        String folded = foldSupplementary(Character.toCodePoint(c, text.charAt(i + 1)));
                        gap = appendFolded(folded, i, i + 2, gap, readLetters, out);
                        i++;
                    } else {
                        gap = true;
                    }
                }
            }
        }
    }

    private boolean appendFolded(String folded, int from, int to, boolean gapBefore, boolean readLetters, FoldBuffer out) {
        boolean gap = gapBefore;
        for (int k = 0; k < folded.length(); k++) {
            char f = folded.charAt(k);
            if (f == MULTI_GAP) {
                gap = true;
                continue;
            }
            if (readLetters) {
                f = readAsLetter(f);
            } else if (f < 'a' && readAsLetter(f) != f) {
                out.markMayHideLetters();
            }
            out.append(f, from, to, gap);
            gap = false;
        }
        return gap;
    }

    private char readAsLetter(char folded) {
        return folded < 128 && letterReading[folded] != 0 ? letterReading[folded] : folded;
    }

    /** ICU's transliterator is not documented as thread-safe; this path is rare enough to lock. */
    private synchronized String foldSupplementary(int codePoint) {
        return foldCodePoint(codePoint);
    }

    /** The folded form of a term, as the matcher looks it up. */
    String foldTerm(String term, boolean readLetters) {
        FoldBuffer buffer = new FoldBuffer();
        fold(term, readLetters, buffer);
        return buffer.toString();
    }
}
