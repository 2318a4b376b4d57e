package dev.clearance.rules.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyCsvTest {

    private static List<VocabularyEntry> read(String csv) {
        return VocabularyCsv.read(new StringReader(csv), "test/categories.csv");
    }

    @Test
    void readsRowsWithTheirSourceAndLine() {
        List<VocabularyEntry> entries = read("""
                category,phrase,weight,note
                # sports
                SPORTS,super bowl,3,the NFL final
                WEATHER,snowfall,2.5
                """);

        assertThat(entries).containsExactly(
                new VocabularyEntry("SPORTS", "super bowl", 3, "test/categories.csv", 3),
                new VocabularyEntry("WEATHER", "snowfall", 2.5, "test/categories.csv", 4));
    }

    @Test
    void rejectsAWeightThatIsNotANumberNamingTheLine() {
        assertThatThrownBy(() -> read("""
                category,phrase,weight
                SPORTS,touchdown,3
                SPORTS,field goal,strong
                """))
                .isInstanceOf(VocabularyException.class)
                .hasMessageStartingWith("test/categories.csv:3: weight `strong` is not a number");
    }

    @Test
    void rejectsAZeroWeight() {
        assertThatThrownBy(() -> read("category,phrase,weight\nSPORTS,touchdown,0\n"))
                .hasMessageStartingWith("test/categories.csv:2: weight `0` is out of range");
    }

    @Test
    void readsAStopPhraseOfCategoryNoneWithWeightZero() {
        assertThat(read("category,phrase,weight,note\nNONE,pm et,0,a time of day\n"))
                .containsExactly(new VocabularyEntry("NONE", "pm et", 0, "test/categories.csv", 2));
    }

    @Test
    void rejectsAStopPhraseWithAWeight() {
        assertThatThrownBy(() -> read("category,phrase,weight\nNONE,pm et,0.25\n"))
                .hasMessageStartingWith("test/categories.csv:2: weight `0.25` on a NONE row; a stop phrase is evidence "
                        + "for nothing, expected weight 0");
    }

    @Test
    void rejectsAStopPhraseOfOneWord() {
        assertThatThrownBy(() -> read("category,phrase,weight\nNONE,noon,0\n"))
                .hasMessageStartingWith("test/categories.csv:2: stop phrase `noon` has 1 word, so there is nothing "
                        + "shorter inside it to stop");
    }

    @Test
    void rejectsANegativeWeight() {
        assertThatThrownBy(() -> read("category,phrase,weight\nSPORTS,touchdown,-1\n"))
                .hasMessageStartingWith("test/categories.csv:2: weight `-1` is out of range");
    }

    @Test
    void rejectsALowerCaseCategory() {
        assertThatThrownBy(() -> read("category,phrase,weight\nsports,touchdown,3\n"))
                .hasMessageStartingWith("test/categories.csv:2: category `sports` is not an identifier");
    }

    @Test
    void rejectsAPhraseLongerThanFourWords() {
        assertThatThrownBy(() -> read("category,phrase,weight\nSPORTS,win the big game on sunday,3\n"))
                .hasMessageStartingWith("test/categories.csv:2: phrase `win the big game on sunday` has 6 words; expected 1 to 4");
    }

    @Test
    void rejectsAPhraseWithNoWords() {
        assertThatThrownBy(() -> read("category,phrase,weight\nSPORTS,?!,3\n"))
                .hasMessageStartingWith("test/categories.csv:2: phrase `?!` has 0 words");
    }

    @Test
    void rejectsAnUnquotedCommaThatAddsACell() {
        assertThatThrownBy(() -> read("category,phrase,weight,note\nPOLITICS,indicted,2,legal news, not a crime\n"))
                .hasMessageStartingWith("test/categories.csv:2: row has 5 cells; expected 4");
    }

    @Test
    void rejectsAnUnclosedQuote() {
        assertThatThrownBy(() -> read("category,phrase,weight\nSPORTS,\"super bowl,3\n"))
                .isInstanceOf(VocabularyException.class)
                .hasMessageStartingWith("test/categories.csv: cannot read vocabulary")
                .hasMessageContaining("balanced \" quotes");
    }

    @Test
    void rejectsAHeaderWithoutTheWeightColumn() {
        assertThatThrownBy(() -> read("category,phrase\nSPORTS,touchdown\n"))
                .hasMessageStartingWith("test/categories.csv:1: header is `category,phrase`; expected the columns category,phrase,weight");
    }
}
