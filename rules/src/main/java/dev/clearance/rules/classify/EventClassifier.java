package dev.clearance.rules.classify;

import dev.clearance.rules.model.EventContract;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Classifies event contracts into the regulatory categories of a vocabulary.
 *
 * <p>Each field is cut into normalised {@link Words}; at every word the longest vocabulary
 * phrase starting there is taken, and its weight, times the field's factor, counts for its
 * category. A phrase counts once per contract (its best occurrence), so terms that repeat a
 * word do not outvote the title. Every category with evidence is reported; the strongest is the
 * primary, and the result is AMBIGUOUS when the runner-up comes within the ambiguity margin.
 * Phrases weighted as hints (below {@link ClassifierSettings#hintBelow()}) decide only when
 * nothing stronger is found. A stop phrase (category {@link VocabularyEntry#NONE}) is matched like
 * any other and counts for nothing, so the phrases that lie wholly inside it never match there.
 * The submitter's declared category only breaks such a tie; alone it never makes a result CLEAR.
 *
 * <p>Immutable after {@link #compile}: {@link #classify} is safe to call from any thread.
 */
public final class EventClassifier {

    private final String[] categories;
    private final Map<String, Integer> categoryIndex;
    private final PhraseIndex index;
    private final ClassifierSettings settings;

    private EventClassifier(String[] categories, Map<String, Integer> categoryIndex, PhraseIndex index,
                            ClassifierSettings settings) {
        this.categories = categories;
        this.categoryIndex = categoryIndex;
        this.index = index;
        this.settings = settings;
    }

    /** Compiles a vocabulary with the calibrated {@link ClassifierSettings#DEFAULTS}. */
    public static EventClassifier compile(List<VocabularyEntry> entries) {
        return compile(entries, ClassifierSettings.DEFAULTS);
    }

    /**
     * Compiles a vocabulary.
     *
     * @throws VocabularyException when the vocabulary has no row of a category, or a phrase appears
     *                             twice in one category, or as both a stop phrase and evidence, after
     *                             normalising (the message names both lines)
     */
    public static EventClassifier compile(List<VocabularyEntry> entries, ClassifierSettings settings) {
        Objects.requireNonNull(settings, "settings");
        if (entries.stream().allMatch(VocabularyEntry::isStopPhrase)) {
            throw new VocabularyException("vocabulary has no entries of a category; expected at least one "
                    + "category,phrase,weight row whose category is not NONE");
        }
        Map<String, Integer> categoryIndex = new HashMap<>();
        List<String> categories = new ArrayList<>();
        PhraseIndex index = new PhraseIndex();
        for (VocabularyEntry entry : entries) {
            int category = entry.isStopPhrase() ? PhraseIndex.STOP : categoryIndex.computeIfAbsent(entry.category(), name -> {
                categories.add(name);
                return categories.size() - 1;
            });
            index.add(entry, category);
        }
        return new EventClassifier(categories.toArray(String[]::new), Map.copyOf(categoryIndex), index, settings);
    }

    /** The categories this vocabulary defines, in order of first appearance; never {@link VocabularyEntry#NONE}. */
    public List<String> categories() {
        return List.of(categories);
    }

    /** Classifies the contract's title, description and terms; {@code declaredCategory} is a hint only. */
    public Classification classify(EventContract contract) {
        Tally tally = new Tally(categories.length);
        scan("title", contract.title(), settings.titleFactor(), tally);
        scan("description", contract.description(), settings.descriptionFactor(), tally);
        scan("terms", contract.terms(), settings.termsFactor(), tally);
        return tally.conclude(categories, declared(contract.declaredCategory()), settings);
    }

    private void scan(String field, String text, double factor, Tally tally) {
        if (text == null || text.isEmpty() || factor == 0) {
            return;
        }
        Words words = Words.of(text);
        int i = 0;
        while (i < words.size()) {
            PhraseIndex.Match match = index.longestAt(words, i);
            if (match == null) {
                i++;
                continue;
            }
            if (match.phrases().isEmpty()) {
                i = afterStopPhrase(words, i, match.lastWord());
                continue;
            }
            int start = words.start(i);
            int end = words.end(match.lastWord());
            for (PhraseIndex.Phrase phrase : match.phrases()) {
                tally.add(phrase, phrase.weight() * factor, field, text, start, end);
            }
            i = match.lastWord() + 1;
        }
    }

    /**
     * Where scanning goes on after a stop phrase over words {@code first..last}: at the first word
     * inside it that starts a phrase reaching past its end ("at or below zero" still reads "below
     * zero"), else after it. A stop phrase silences only what lies wholly inside it.
     */
    private int afterStopPhrase(Words words, int first, int last) {
        for (int i = first + 1; i <= last; i++) {
            PhraseIndex.Match inside = index.longestAt(words, i);
            if (inside != null && inside.lastWord() > last) {
                return i;
            }
        }
        return last + 1;
    }

    /** The index of the declared category, or -1 when none is declared or the vocabulary does not define it. */
    private int declared(String declaredCategory) {
        if (declaredCategory == null || declaredCategory.isBlank()) {
            return -1;
        }
        return categoryIndex.getOrDefault(declaredCategory.trim().toUpperCase(Locale.ROOT), -1);
    }
}
