package dev.clearance.rules.text;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the terms of a term list in free text, seeing through disguises (see {@link TextFolder})
 * and reporting each hit with its span in the original text.
 *
 * <p>How a hit is decided:
 * <ol>
 *   <li>The text is folded and every term is looked up at once (Aho-Corasick over the folded text).
 *       If the text holds digits or symbols that may stand for letters, it is folded a second time
 *       reading them as letters and looked up again, so {@code crypt0} is found but {@code 3M} is
 *       left alone: a digit only counts as a letter where it completes a term.</li>
 *   <li>A term whose end is an alphabetic letter must sit on a word boundary at that end: a
 *       separator, a digit, a CJK char or the edge of the text ({@code RWA Capital} and
 *       {@code 上海RWA科技} hit, {@code Rwanda} does not). Chinese has no word boundaries, so
 *       CJK ends match anywhere.</li>
 *   <li>A hit covered by an {@link TermTier#ALLOW ALLOW} hit, or by a longer hit of the same or a
 *       stricter tier, is dropped. Only covered hits are dropped: an innocent word that merely
 *       overlaps a term does not hide it.</li>
 * </ol>
 *
 * <p>Instances are immutable and thread-safe; the scratch buffers are per thread.
 */
public final class TermMatcher {

    private final AhoCorasickDoubleArrayTrie<Pattern> plain;
    private final AhoCorasickDoubleArrayTrie<Pattern> lettersRead;
    private final ThreadLocal<Scratch> scratch;

    private TermMatcher(AhoCorasickDoubleArrayTrie<Pattern> plain, AhoCorasickDoubleArrayTrie<Pattern> lettersRead) {
        this.plain = plain;
        this.lettersRead = lettersRead;
        this.scratch = ThreadLocal.withInitial(Scratch::new);
    }

    /**
     * Compiles a term list.
     *
     * @throws TermListException naming the row, when a term folds to nothing, when two rows fold to
     *                           the same form (one would silently shadow the other), or when an
     *                           {@code ALLOW} row covers no other term (it would suppress nothing)
     */
    public static TermMatcher compile(List<TermEntry> entries) {
        TextFolder folder = TextFolder.INSTANCE;
        Map<String, TermEntry> byForm = new HashMap<>();
        TreeMap<String, Pattern> plainPatterns = new TreeMap<>();
        TreeMap<String, Pattern> lettersReadPatterns = new TreeMap<>();
        for (TermEntry entry : entries) {
            String form = folder.foldTerm(entry.term(), false);
            if (form.isEmpty()) {
                throw new TermListException(entry.source(), entry.line(), "empty_term",
                        "the term `" + entry.term() + "` has no letters once spaces, punctuation and invisible "
                                + "characters are removed; write the term or delete the row");
            }
            TermEntry earlier = byForm.putIfAbsent(form, entry);
            if (earlier != null) {
                throw duplicate(entry, earlier, form);
            }
        }
        for (TermEntry entry : entries) {
            String form = folder.foldTerm(entry.term(), false);
            Pattern pattern = Pattern.of(entry, form, folder);
            for (String variant : pluralForms(form, folder)) {
                plainPatterns.putIfAbsent(variant, pattern);
            }
            if (pattern.boundedStart() || pattern.boundedEnd()) {
                addLettersRead(entry, pattern, form, folder, lettersReadPatterns);
            }
        }
        requireAllowRowsCoverTerms(entries, byForm, folder);
        return new TermMatcher(trie(plainPatterns), trie(lettersReadPatterns));
    }

    private static void addLettersRead(TermEntry entry, Pattern pattern, String form, TextFolder folder,
                                       Map<String, Pattern> lettersReadPatterns) {
        for (String variant : pluralForms(form, folder)) {
            String read = folder.foldTerm(variant, true);
            Pattern earlier = lettersReadPatterns.putIfAbsent(read, pattern);
            if (earlier != null && earlier.entry() != entry && variant.equals(form)) {
                throw new TermListException(entry.source(), entry.line(), "duplicate_term",
                        "the term `" + entry.term() + "` cannot be told apart from `" + earlier.entry().term()
                                + "` (" + earlier.entry().location() + ") once digits standing for letters and "
                                + "i/l are read alike; keep one row");
            }
        }
    }

    private static TermListException duplicate(TermEntry entry, TermEntry earlier, String form) {
        return new TermListException(entry.source(), entry.line(), "duplicate_term",
                "the term `" + entry.term() + "` normalises to `" + form + "`, like `" + earlier.term()
                        + "` at " + earlier.location() + "; spacing, case, width and traditional characters are "
                        + "already matched, so keep one row");
    }

    private static void requireAllowRowsCoverTerms(List<TermEntry> entries, Map<String, TermEntry> byForm, TextFolder folder) {
        for (TermEntry entry : entries) {
            if (entry.tier() != TermTier.ALLOW) {
                continue;
            }
            String allowForm = folder.foldTerm(entry.term(), false);
            boolean coversATerm = byForm.entrySet().stream()
                    .anyMatch(other -> other.getValue().tier() != TermTier.ALLOW && allowForm.contains(other.getKey()));
            if (!coversATerm) {
                throw new TermListException(entry.source(), entry.line(), "allow_covers_nothing",
                        "the ALLOW term `" + entry.term() + "` contains no PROHIBITED or REVIEW term, so it "
                                + "suppresses nothing; delete the row or add the term it protects against");
            }
        }
    }

    /** The folded form and its English plurals, so {@code crypto assets} and {@code virtual currencies} match. */
    private static List<String> pluralForms(String form, TextFolder folder) {
        char last = form.charAt(form.length() - 1);
        if (!folder.isWordLetter(last)) {
            return List.of(form);
        }
        List<String> forms = new ArrayList<>(3);
        forms.add(form);
        if (last == 'y') {
            forms.add(form.substring(0, form.length() - 1) + "ies");
        }
        if (last == 's' || last == 'x' || last == 'z' || form.endsWith("ch") || form.endsWith("sh")) {
            forms.add(form + "es");
        } else {
            forms.add(form + "s");
        }
        return forms;
    }

    private static AhoCorasickDoubleArrayTrie<Pattern> trie(TreeMap<String, Pattern> patterns) {
        AhoCorasickDoubleArrayTrie<Pattern> trie = new AhoCorasickDoubleArrayTrie<>();
        trie.build(patterns);
        return trie;
    }

    /**
     * Finds every term in {@code originalText}.
     *
     * @param field        the field name the hits carry, e.g. {@code name} or {@code businessScope}
     * @param originalText the text as the caller gave it
     * @return the hits in text order; empty (and allocation-free) when there are none
     */
    public List<TermHit> find(String field, String originalText) {
        if (originalText == null || originalText.isEmpty()) {
            return List.of();
        }
        Scratch work = scratch.get();
        work.candidates.clear();
        TextFolder folder = TextFolder.INSTANCE;
        folder.fold(originalText, false, work.folded);
        work.collect(plain);
        if (work.folded.mayHideLetters() && lettersRead.size() > 0) {
            folder.fold(originalText, true, work.folded);
            work.collect(lettersRead);
        }
        if (work.candidates.isEmpty()) {
            return List.of();
        }
        return work.candidates.resolve(field, originalText);
    }

    /** A term in the trie: its row and which of its ends need a word boundary. */
    record Pattern(TermEntry entry, boolean boundedStart, boolean boundedEnd) {

        static Pattern of(TermEntry entry, String form, TextFolder folder) {
            return new Pattern(entry, folder.isWordLetter(form.charAt(0)), folder.isWordLetter(form.charAt(form.length() - 1)));
        }
    }

    /** Per-thread working memory, so a lookup allocates nothing unless it finds something. */
    private static final class Scratch implements AhoCorasickDoubleArrayTrie.IHit<Pattern> {

        final FoldBuffer folded = new FoldBuffer();
        final Candidates candidates = new Candidates();

        void collect(AhoCorasickDoubleArrayTrie<Pattern> trie) {
            trie.parseText(folded, this);
        }

        @Override
        public void hit(int begin, int end, Pattern pattern) {
            if (pattern.boundedStart() && !isBoundary(begin)) {
                return;
            }
            if (pattern.boundedEnd() && !isBoundary(end)) {
                return;
            }
            candidates.add(pattern.entry(), folded.originalStart(begin), folded.originalEnd(end - 1));
        }

        private boolean isBoundary(int index) {
            if (index == 0 || index == folded.length() || folded.gapBefore(index)) {
                return true;
            }
            TextFolder folder = TextFolder.INSTANCE;
            return !folder.isWordLetter(folded.charAt(index - 1)) || !folder.isWordLetter(folded.charAt(index));
        }
    }
}
