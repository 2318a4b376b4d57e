package dev.clearance.rules.classify;

import dev.clearance.rules.classify.LabelledCorpus.Outcome;
import dev.clearance.rules.classify.LabelledCorpus.Row;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Chooses the classifier's calibration values ({@link ClassifierSettings}) on the development
 * split of the outside corpus, and only then reads the held-out split, once, for the choice and
 * for the current defaults.
 *
 * <p>It tries every combination of the description and terms factors and the ambiguity margin on
 * a grid. The title factor stays 1 (only the ratios between fields matter) and so does the hint
 * threshold, which the vocabulary's header defines for the lawyers who write it. A setting is
 * eligible when at most 3% of the mapped development rows go to review; the best is the one with
 * the highest development agreement, the smaller review share breaking a tie.
 *
 * <p>Run: {@code ./mvnw -B -Pbench -pl rules test -Dtest=ClassifierCalibration}. The corpus folder
 * is found as {@link ClassifierAccuracy} finds it.
 */
@Tag("benchmark")
class ClassifierCalibration {

    private static final double MAX_REVIEW_SHARE = 3.0;
    private static final double[] DESCRIPTION_FACTORS = {0.25, 0.375, 0.5, 0.625, 0.75, 1.0};
    private static final double[] TERMS_FACTORS = {0.0, 0.125, 0.25, 0.375, 0.5};
    private static final double[] AMBIGUITY_MARGINS = {0.1, 0.15, 0.2, 0.25, 0.3};
    private static final int SHOWN = 12;

    /** A setting's agreement and review share, in percent of mapped rows. */
    private record Score(ClassifierSettings settings, double agreement, double review) {
        boolean eligible() {
            return review <= MAX_REVIEW_SHARE;
        }
    }

    @Test
    void calibrateOnDevelopmentRows() throws IOException {
        Path corpus = LabelledCorpus.folder();
        Optional<List<Row>> read = LabelledCorpus.read(corpus);
        if (read.isEmpty()) {
            System.out.println("Corpus folder " + corpus + " is absent: nothing to calibrate.");
            return;
        }
        List<Row> development = read.get().stream().filter(row -> row.mapped() && row.development()).toList();
        List<Row> heldOut = read.get().stream().filter(row -> row.mapped() && !row.development()).toList();

        List<VocabularyEntry> vocabulary = UsCftcVocabulary.entries();
        List<Score> scores = new ArrayList<>();
        for (double description : DESCRIPTION_FACTORS) {
            for (double terms : TERMS_FACTORS) {
                for (double margin : AMBIGUITY_MARGINS) {
                    scores.add(score(vocabulary, new ClassifierSettings(1.0, description, terms, margin,
                            ClassifierSettings.DEFAULTS.hintBelow()), development));
                }
            }
        }
        scores.sort(Comparator.comparing(Score::eligible).thenComparingDouble(Score::agreement)
                .thenComparingDouble(score -> -score.review()).reversed());
        Score best = scores.get(0);
        Score defaults = score(vocabulary, ClassifierSettings.DEFAULTS, development);

        System.out.printf("Calibration on %d mapped development rows, %d settings; eligible: review share at most %.0f%%%n",
                development.size(), scores.size(), MAX_REVIEW_SHARE);
        System.out.printf("%-12s %-6s %-7s %10s %8s%n", "description", "terms", "margin", "agreement", "review");
        scores.stream().limit(SHOWN).forEach(ClassifierCalibration::print);
        System.out.println("current defaults:");
        print(defaults);

        System.out.printf("%nHeld-out, %d mapped rows, read once:%n", heldOut.size());
        System.out.print("best on development: ");
        print(score(vocabulary, best.settings(), heldOut));
        System.out.print("current defaults:    ");
        print(score(vocabulary, ClassifierSettings.DEFAULTS, heldOut));
    }

    private static Score score(List<VocabularyEntry> vocabulary, ClassifierSettings settings, List<Row> rows) {
        EventClassifier classifier = EventClassifier.compile(vocabulary, settings);
        List<Outcome> outcomes = rows.stream().map(row -> new Outcome(row, classifier.classify(row.contract()))).toList();
        return new Score(settings, percent(outcomes.stream().filter(Outcome::agrees).count(), rows.size()),
                percent(outcomes.stream().filter(Outcome::toReview).count(), rows.size()));
    }

    private static void print(Score score) {
        ClassifierSettings s = score.settings();
        System.out.printf("%-12.3f %-6.3f %-7.2f %9.2f%% %7.2f%%%n", s.descriptionFactor(), s.termsFactor(),
                s.ambiguityMargin(), score.agreement(), score.review());
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
