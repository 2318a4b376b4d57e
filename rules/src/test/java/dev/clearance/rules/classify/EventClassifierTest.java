package dev.clearance.rules.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.rules.classify.Classification.Status;
import dev.clearance.rules.model.EventContract;
import dev.clearance.rules.model.Evidence;
import java.io.StringReader;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Behaviour of the classifier over a small vocabulary written for these tests. */
class EventClassifierTest {

    private static final String VOCABULARY = """
            category,phrase,weight
            SPORTS,beat the,2
            SPORTS,points,1.5
            SPORTS,super bowl,3
            ENTERTAINMENT,halftime show,3
            ENTERTAINMENT,super bowl halftime,3
            ELECTION,election,3
            ELECTION,presidential,2
            WAR,ceasefire,3
            POLITICS,tariffs,3
            ECONOMICS,inflation,3
            POLITICS,canada,0.5
            """;

    private final EventClassifier classifier = EventClassifier.compile(entries(VOCABULARY));

    private static List<VocabularyEntry> entries(String csv) {
        return VocabularyCsv.read(new StringReader(csv), "test.csv");
    }

    private static EventContract titled(String title) {
        return new EventContract(title, null, null, null, null);
    }

    private static List<String> categories(Classification classification) {
        return classification.hits().stream().map(CategoryHit::category).toList();
    }

    @Test
    void aTitleMatchingOneCategoryIsClear() {
        Classification result = classifier.classify(titled("Will the Ravens beat the Steelers by more than 3.5 points?"));

        assertThat(result.status()).isEqualTo(Status.CLEAR);
        assertThat(result.primary()).isEqualTo("SPORTS");
        assertThat(result.confidence()).isEqualTo(1.0);
    }

    @Test
    void textWithNoVocabularyPhraseIsUnknown() {
        Classification result = classifier.classify(titled("Will the town library extend its opening hours?"));

        assertThat(result).isEqualTo(new Classification(Status.UNKNOWN, null, 0, List.of()));
    }

    @Test
    void evidencePointsAtTheOriginalTextOfTheTitle() {
        String title = "Will the Ravens BEAT THE Steelers?";

        Evidence evidence = classifier.classify(titled(title)).hits().get(0).evidence().get(0);

        assertThat(evidence).isEqualTo(new Evidence("title", "BEAT THE", 16, 24));
        assertThat(title.substring(evidence.start(), evidence.end())).isEqualTo("BEAT THE");
    }

    @Test
    void evidenceFromTheTermsNamesTheTermsField() {
        EventContract contract = new EventContract("Contract 41", null, "Resolves Yes if a ceasefire is announced.", null, null);

        Evidence evidence = classifier.classify(contract).hits().get(0).evidence().get(0);

        assertThat(evidence).isEqualTo(new Evidence("terms", "ceasefire", 18, 27));
    }

    @Test
    void aHintDecidesWhenNothingStrongerIsFound() {
        Classification result = classifier.classify(titled("Will Canada change its national anthem?"));

        assertThat(result.status()).isEqualTo(Status.CLEAR);
        assertThat(result.primary()).isEqualTo("POLITICS");
    }

    @Test
    void aHintIsNotReportedBesideStrongerEvidence() {
        Classification result = classifier.classify(titled("Will Canada beat the USA by more than 10 points?"));

        assertThat(categories(result)).containsExactly("SPORTS");
        assertThat(result.confidence()).isEqualTo(1.0);
    }

    @Test
    void aHeavyPhraseInTheTermsIsNoHintThoughItsFieldCountsLittle() {
        EventContract contract = new EventContract("Who will win the Super Bowl?", null,
                "Resolves No if a ceasefire suspends the season.", null, null);

        Classification result = classifier.classify(contract);

        assertThat(result.primary()).isEqualTo("SPORTS");
        assertThat(categories(result)).containsExactly("SPORTS", "WAR");
    }

    @Test
    void theLongestPhraseDecidesOverAShorterOneInsideIt() {
        Classification result = classifier.classify(titled("Who will perform at the Super Bowl halftime show?"));

        assertThat(result.primary()).isEqualTo("ENTERTAINMENT");
        assertThat(categories(result)).containsExactly("ENTERTAINMENT");
    }

    @Test
    void twoCategoriesWithCloseScoresAreAmbiguous() {
        Classification result = classifier.classify(titled("Will new tariffs push inflation above 4%?"));

        assertThat(result.status()).isEqualTo(Status.AMBIGUOUS);
        assertThat(categories(result)).containsExactlyInAnyOrder("POLITICS", "ECONOMICS");
        assertThat(result.confidence()).isEqualTo(0.5);
    }

    @Test
    void theDeclaredCategoryNamesThePrimaryOfATieButLeavesItAmbiguous() {
        EventContract contract = new EventContract("Will new tariffs push inflation above 4%?", null, null, null, "economics");

        Classification result = classifier.classify(contract);

        assertThat(result.primary()).isEqualTo("ECONOMICS");
        assertThat(result.status()).as("a label never turns doubt into a clear answer").isEqualTo(Status.AMBIGUOUS);
    }

    @Test
    void theDeclaredCategoryNeverOverridesClearText() {
        EventContract contract = new EventContract("Will the Ravens beat the Steelers?", null, null, null, "ELECTION");

        Classification result = classifier.classify(contract);

        assertThat(result.status()).isEqualTo(Status.CLEAR);
        assertThat(result.primary()).isEqualTo("SPORTS");
    }

    @Test
    void aDeclaredCategoryAloneIsOnlyAmbiguous() {
        EventContract contract = new EventContract("Will the town library extend its opening hours?", null, null, null, "SPORTS");

        Classification result = classifier.classify(contract);

        assertThat(result).isEqualTo(new Classification(Status.AMBIGUOUS, "SPORTS", 0, List.of()));
    }

    @Test
    void aDeclaredCategoryTheVocabularyDoesNotDefineIsIgnored() {
        EventContract contract = new EventContract("Will the town library extend its opening hours?", null, null, null, "GARDENING");

        assertThat(classifier.classify(contract).status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void aWeakerCategoryIsStillReportedBesideThePrimary() {
        EventContract contract = new EventContract("Will the presidential election take place in October?",
                "Observers expect the vote to follow a ceasefire.", null, null, null);

        Classification result = classifier.classify(contract);

        assertThat(result.primary()).isEqualTo("ELECTION");
        assertThat(result.status()).isEqualTo(Status.CLEAR);
        assertThat(categories(result)).containsExactly("ELECTION", "WAR");
    }

    @Test
    void phrasesInTheTermsWeighLessThanInTheTitle() {
        EventContract contract = new EventContract("Will inflation exceed 3% in March?", null,
                "Settles on points published by the bureau of tariffs statistics.", null, null);

        Classification result = classifier.classify(contract);

        assertThat(result.primary()).isEqualTo("ECONOMICS");
        assertThat(result.status()).isEqualTo(Status.CLEAR);
    }

    @Test
    void aRepeatedPhraseCountsOnceButEveryOccurrenceIsEvidence() {
        EventContract once = new EventContract("Will the election be held?", "A ceasefire.", null, null, null);
        EventContract thrice = new EventContract("Will the election be held?", "A ceasefire, a ceasefire, a ceasefire.", null, null, null);

        CategoryHit war = classifier.classify(thrice).hits().get(1);

        assertThat(war.confidence()).isEqualTo(classifier.classify(once).hits().get(1).confidence());
        assertThat(war.evidence()).hasSize(3);
    }

    @Test
    void classifyGivesTheSameAnswerFromManyThreads() {
        EventContract contract = titled("Will the Ravens beat the Steelers after the election?");
        Classification expected = classifier.classify(contract);

        List<Classification> results = IntStream.range(0, 2_000).parallel()
                .mapToObj(i -> classifier.classify(contract)).toList();

        assertThat(results).allMatch(expected::equals);
    }

    @Test
    void aPhraseRepeatedInOneCategoryIsRejectedNamingBothLines() {
        List<VocabularyEntry> entries = entries("category,phrase,weight\nSPORTS,touchdown,3\nSPORTS,Touchdowns!,2\n");

        assertThatThrownBy(() -> EventClassifier.compile(entries))
                .isInstanceOf(VocabularyException.class)
                .hasMessageStartingWith("test.csv:3: phrase `Touchdowns!` repeats `touchdown` of test.csv:2 in category SPORTS");
    }

    @Test
    void thePhraseMayAppearInTwoCategories() {
        EventClassifier twoCategories = EventClassifier.compile(
                entries("category,phrase,weight\nENTERTAINMENT,nomination,2\nELECTION,nomination,2\n"));

        assertThat(categories(twoCategories.classify(titled("Who will get the nomination?"))))
                .containsExactlyInAnyOrder("ENTERTAINMENT", "ELECTION");
    }

    @Test
    void theCategoriesAreThoseTheVocabularyDefinesInOrderOfAppearance() {
        assertThat(classifier.categories())
                .containsExactly("SPORTS", "ENTERTAINMENT", "ELECTION", "WAR", "POLITICS", "ECONOMICS");
    }

    private static final String WITH_STOP_PHRASES = """
            category,phrase,weight
            SPORTS,at,1
            SPORTS,at least one goal,2
            ELECTION,election,3
            WEATHER,below zero,3
            NONE,at noon,0
            NONE,at least,0
            NONE,at or below,0
            """;

    private final EventClassifier withStops = EventClassifier.compile(entries(WITH_STOP_PHRASES));

    @Test
    void aStopPhraseKeepsTheShorterPhraseInsideItFromMatching() {
        Classification result = withStops.classify(titled("Will the Miami heat advisory lift at noon on Friday?"));

        assertThat(result).isEqualTo(new Classification(Status.UNKNOWN, null, 0, List.of()));
    }

    @Test
    void theShorterPhraseStillMatchesOutsideTheStopPhrase() {
        Classification result = withStops.classify(titled("Rangers at Bruins: who wins on Saturday?"));

        assertThat(result.primary()).isEqualTo("SPORTS");
    }

    @Test
    void aStopPhraseIsNoEvidenceBesideACategory() {
        Classification result = withStops.classify(titled("Will the election be called at noon?"));

        assertThat(categories(result)).containsExactly("ELECTION");
        assertThat(result.confidence()).isEqualTo(1.0);
    }

    @Test
    void aLongerPhraseOfACategoryWinsOverTheStopPhraseInsideIt() {
        Classification result = withStops.classify(titled("Will the Hornets score at least one goal in the third period?"));

        assertThat(result.primary()).isEqualTo("SPORTS");
        assertThat(result.hits().get(0).evidence()).extracting(Evidence::text).containsExactly("at least one goal");
    }

    @Test
    void aPhraseStartingInsideAStopPhraseAndRunningPastItStillCounts() {
        Classification result = withStops.classify(titled("Will Chicago's low be at or below zero on Friday?"));

        assertThat(categories(result)).containsExactly("WEATHER");
        assertThat(result.hits().get(0).evidence()).extracting(Evidence::text).containsExactly("below zero");
    }

    @Test
    void noneIsNotACategoryOfTheVocabulary() {
        EventContract declaredNone = new EventContract("Will the town library extend its opening hours?", null, null, null, "NONE");

        assertThat(withStops.categories()).containsExactly("SPORTS", "ELECTION", "WEATHER");
        assertThat(withStops.classify(declaredNone).status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void aPhraseThatIsBothAStopPhraseAndEvidenceIsRejectedNamingBothLines() {
        List<VocabularyEntry> entries = entries("category,phrase,weight\nSPORTS,at noon,1\nNONE,At Noon,0\n");

        assertThatThrownBy(() -> EventClassifier.compile(entries))
                .isInstanceOf(VocabularyException.class)
                .hasMessageStartingWith("test.csv:3: phrase `At Noon` of category NONE reads as `at noon` of test.csv:2 "
                        + "in category SPORTS; a phrase is either a stop phrase (NONE) or evidence for categories");
    }

    @Test
    void aVocabularyOfStopPhrasesAloneIsRejected() {
        List<VocabularyEntry> entries = entries("category,phrase,weight\nNONE,at noon,0\n");

        assertThatThrownBy(() -> EventClassifier.compile(entries))
                .isInstanceOf(VocabularyException.class)
                .hasMessageContaining("whose category is not NONE");
    }

    @Test
    void anEmptyVocabularyIsRejected() {
        assertThatThrownBy(() -> EventClassifier.compile(List.of()))
                .isInstanceOf(VocabularyException.class)
                .hasMessageContaining("vocabulary has no entries");
    }
}
