package dev.clearance.rules.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

    private static List<String> words(String text) {
        Words words = Words.of(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            out.add(words.word(i));
        }
        return out;
    }

    @Test
    void foldsCaseAndSplitsOnPunctuation() {
        assertThat(words("Over/Under: TOTAL-points?")).containsExactly("over", "under", "total", "point");
    }

    @Test
    void reducesPluralsToTheSingularStem() {
        assertThat(words("Companies Matches Strikeouts Movies"))
                .containsExactly(words("company match strikeout movie").toArray(String[]::new));
    }

    @Test
    void leavesWordsEndingInSsUsAndIsAlone() {
        assertThat(words("chess virus crisis")).containsExactly("chess", "virus", "crisis");
    }

    @Test
    void dropsThePossessiveS() {
        assertThat(words("the Fed's decision")).containsExactly("the", "fed", "decision");
    }

    @Test
    void keepsDecimalNumbersWhole() {
        assertThat(words("by more than 5.5 points")).containsExactly("by", "more", "than", "5.5", "point");
    }

    @Test
    void joinsDottedInitials() {
        assertThat(words("Will the U.S. Open move out of D.C.?")).containsExactly("will", "the", "us", "open", "move", "out", "of", "dc");
    }

    @Test
    void keepsAnInitialBeforeANameApart() {
        assertThat(words("directed by Jon M. Chu")).containsExactly("directed", "by", "jon", "m", "chu");
    }

    @Test
    void separatesLettersFromDigitsGluedToThem() {
        assertThat(words("QB2 on the PS5, H5N1")).containsExactly("qb", "2", "on", "the", "ps", "5", "h", "5", "n", "1");
    }

    @Test
    void recordsEachWordsSpanInTheOriginalText() {
        Words words = Words.of("Will the Celtics' star score?");
        assertThat(words.word(2)).isEqualTo("celtic");
        assertThat("Will the Celtics' star score?".substring(words.start(2), words.end(2))).isEqualTo("Celtics");
    }
}
