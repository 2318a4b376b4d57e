package dev.clearance.rules.classify;

import dev.clearance.rules.model.Evidence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The evidence gathered by one classify call. Not shared between threads. */
final class Tally {

    private final double[] scores;
    /** The heaviest vocabulary weight seen per category, before field factors: what tells a hint from evidence. */
    private final double[] heaviest;
    private final List<List<Evidence>> evidence;
    private int[] phraseIds = new int[8];
    private double[] phraseBest = new double[8];
    private int phrases;

    Tally(int categoryCount) {
        scores = new double[categoryCount];
        heaviest = new double[categoryCount];
        evidence = new ArrayList<>(categoryCount);
        for (int i = 0; i < categoryCount; i++) {
            evidence.add(null);
        }
    }

    /** Records one occurrence; a phrase adds to its category's score only by its best occurrence. */
    void add(PhraseIndex.Phrase phrase, double contribution, String field, String text, int start, int end) {
        int category = phrase.category();
        heaviest[category] = Math.max(heaviest[category], phrase.weight());
        int seen = indexOf(phrase.id());
        if (seen < 0) {
            remember(phrase.id(), contribution);
            scores[category] += contribution;
        } else if (contribution > phraseBest[seen]) {
            scores[category] += contribution - phraseBest[seen];
            phraseBest[seen] = contribution;
        }
        if (evidence.get(category) == null) {
            evidence.set(category, new ArrayList<>(2));
        }
        evidence.get(category).add(new Evidence(field, text.substring(start, end), start, end));
    }

    Classification conclude(String[] categories, int declared, ClassifierSettings settings) {
        double hintBelow = settings.hintBelow();
        boolean beyondHints = false;
        for (int c = 0; c < scores.length; c++) {
            beyondHints |= evidence.get(c) != null && heaviest[c] >= hintBelow;
        }
        List<Integer> found = new ArrayList<>();
        double total = 0;
        for (int c = 0; c < scores.length; c++) {
            if (evidence.get(c) != null && (!beyondHints || heaviest[c] >= hintBelow)) {
                found.add(c);
                total += scores[c];
            }
        }
        if (found.isEmpty()) {
            return declared < 0
                    ? new Classification(Classification.Status.UNKNOWN, null, 0, List.of())
                    : new Classification(Classification.Status.AMBIGUOUS, categories[declared], 0, List.of());
        }
        found.sort(Comparator.<Integer>comparingDouble(c -> -scores[c]).thenComparing(c -> categories[c]));
        List<CategoryHit> hits = new ArrayList<>(found.size());
        for (int c : found) {
            hits.add(new CategoryHit(categories[c], share(scores[c], total), evidence.get(c)));
        }
        double closeEnough = scores[found.get(0)] * (1 - settings.ambiguityMargin());
        boolean close = found.size() > 1 && scores[found.get(1)] >= closeEnough;
        int primary = found.get(0);
        // The submitter's label may say which of two close categories to name, but the text stays
        // ambiguous: a label never turns doubt into a clear answer (and so never relaxes a verdict).
        if (close && declared >= 0 && found.contains(declared) && scores[declared] >= closeEnough) {
            primary = declared;
        }
        return new Classification(close ? Classification.Status.AMBIGUOUS : Classification.Status.CLEAR,
                categories[primary], share(scores[primary], total), hits);
    }

    private static double share(double score, double total) {
        return total == 0 ? 0 : score / total;
    }

    private int indexOf(int phraseId) {
        for (int i = 0; i < phrases; i++) {
            if (phraseIds[i] == phraseId) {
                return i;
            }
        }
        return -1;
    }

    private void remember(int phraseId, double contribution) {
        if (phrases == phraseIds.length) {
            phraseIds = Arrays.copyOf(phraseIds, phrases * 2);
            phraseBest = Arrays.copyOf(phraseBest, phrases * 2);
        }
        phraseIds[phrases] = phraseId;
        phraseBest[phrases] = contribution;
        phrases++;
    }
}
