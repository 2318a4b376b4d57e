package dev.clearance.rules.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.rules.classify.Classification.Status;
import dev.clearance.rules.model.EventContract;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The us-cftc vocabulary on titles written for these tests (none taken from the corpus). */
class UsCftcVocabularyTest {

    private static final EventClassifier CLASSIFIER = UsCftcVocabulary.classifier();

    private static Classification classify(String title) {
        return CLASSIFIER.classify(new EventContract(title, null, null, null, null));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Will the Timberwolves beat the Suns by more than 6.5 points?   | SPORTS
            Nuggets vs Clippers                                             | SPORTS
            Who will win the 2027 Masters?                                  | SPORTS
            Will the Chiefs win the Super Bowl?                             | SPORTS
            Will the starting pitcher record over 7.5 strikeouts tonight?   | SPORTS
            Who will be named NBA Finals MVP?                               | SPORTS
            Will a Korean team win the League of Legends world championship? | SPORTS
            Will Spain win Euro 2028?                                       | SPORTS
            Will the sprinter break the world record in the 100m final?     | SPORTS
            Will the opening coin flip land on heads?                       | SPORTS
            Who will win the Ballon d'Or in 2027?                           | SPORTS
            Will the challenger knock down the champion in the first round? | SPORTS
            Will the home favourite finish ahead of the defending champion? | SPORTS
            Who will win the 2028 presidential election?                    | ELECTION
            Which party will win control of the Senate in the midterms?     | ELECTION
            Will the governor face a recall election before 2027?           | ELECTION
            Will the Senate pass the farm bill before the August recess?    | POLITICS
            Will the Supreme Court strike down the new tariffs?             | POLITICS
            Will the president sign an executive order on voter ID?        | POLITICS
            Will Congress raise the federal minimum wage this year?         | POLITICS
            Will the Senate pass the Clean Water Act this year?             | POLITICS
            Will the prime minister survive a confidence vote?              | POLITICS
            Will the president's disapproval rating exceed 55% in June?     | POLITICS
            Will another bank be cut off from SWIFT this year?              | POLITICS
            Will Japan's gross national product grow in the third quarter?  | ECONOMICS
            Will the richest person in the world lose the top spot?         | ECONOMICS
            Will Congress vote to abolish the Fed before 2030?              | POLITICS
            Will the national debt pass $45 trillion this year?             | ECONOMICS
            Will the state legalize recreational cannabis this year?        | POLITICS
            Will the vice president cast a tie-breaking vote this month?    | POLITICS
            Which film will win Best Picture at the Oscars?                 | ENTERTAINMENT
            Will the animated sequel earn $150 million on its opening weekend? | ENTERTAINMENT
            Will the superhero sequel gross more than $200 million domestically? | ENTERTAINMENT
            Will the new album top the Billboard 200 in its first week?     | ENTERTAINMENT
            Will the new chat app be the top iPhone app on Friday?          | ENTERTAINMENT
            Who will be cast as the next Bond girl?                         | ENTERTAINMENT
            Will the pop star get divorced this year?                       | ENTERTAINMENT
            Will the comedian's new special be the most watched this week?  | ENTERTAINMENT
            Will the royal couple have another child in 2027?               | ENTERTAINMENT
            Will the new role-playing game's Metascore be 90 or higher?     | ENTERTAINMENT
            Will the game show champion win ten episodes in a row?          | ENTERTAINMENT
            Which brand will air the most Super Bowl ads?                   | ENTERTAINMENT
            Will Russia and Ukraine agree to a ceasefire by March?          | WAR
            Will China launch an invasion of Taiwan before 2028?            | WAR
            Will a neighbouring state be invaded before 2028?              | WAR
            Will chemical weapons be used in the conflict this year?        | WAR
            Will a terrorist attack in Europe kill more than ten people this year? | TERRORISM
            Will there be an assassination attempt on a G7 leader in 2027?  | ASSASSINATION
            Will a bank robbery in Chicago net more than $1 million this year? | UNLAWFUL_ACTIVITY
            Will CPI inflation come in above 3% in May?                     | ECONOMICS
            Will the Fed cut rates at the June meeting?                     | ECONOMICS
            What will the price of gas be on Mar 3?                         | ECONOMICS
            Will house prices fall in 2027?                                 | ECONOMICS
            Will more than 2.8 million people pass a TSA checkpoint on Sunday? | ECONOMICS
            Who will have the highest net worth at the end of the year?     | ECONOMICS
            Will steel production growth exceed 2% this year?               | ECONOMICS
            Will the S&P 500 close above 6000 on Friday?                    | FINANCIALS
            Where will the 10-year Treasury yield end the year?             | FINANCIALS
            Will WTI crude trade above $90 a barrel in July?                | FINANCIALS
            Will Bitcoin trade above $150000 by December 31?                | CRYPTO
            Will a spot Solana ETF be approved this year?                   | CRYPTO
            Will the high temperature in Phoenix exceed 115°F on Saturday?  | WEATHER
            How many named storms will form in the Atlantic this year?      | WEATHER
            Will a strong solar flare hit Earth this month?                 | WEATHER
            Will SpaceX land a Starship on Mars before 2030?                | SCIENCE_TECH
            Will humans land on Mars before 2035?                           | SCIENCE_TECH
            Will the space probe reach its target before 2030?              | SCIENCE_TECH
            Will the phone maker unveil a folding phone this year?          | SCIENCE_TECH
            Will OpenAI release a new frontier AI model before July?        | SCIENCE_TECH
            Who will win the next Fields Medal?                             | SCIENCE_TECH
            Will Tesla report more than 500000 deliveries in Q2?            | COMPANIES
            Will Disney name a new CEO before 2027?                         | COMPANIES
            Will the dockworkers go on strike before October?               | COMPANIES
            Will the automaker recall more than one million vehicles?       | COMPANIES
            Will the CDC report more than 1000 measles cases this year?     | HEALTH
            Will the FDA approve a bird flu vaccine in 2027?                | HEALTH
            Will the FAA drop its mask requirement on flights this winter?  | HEALTH
            """)
    void classifiesARealisticTitle(String title, String category) {
        Classification result = classify(title);

        assertThat(result.primary()).isEqualTo(category);
        assertThat(result.status()).isEqualTo(Status.CLEAR);
    }

    @Test
    void aContractOnAnIndictmentIsPoliticsNotUnlawfulActivity() {
        Classification result = classify("Will the former governor be indicted before July?");

        assertThat(result.primary()).isEqualTo("POLITICS");
        assertThat(result.hits()).noneMatch(hit -> hit.category().equals("UNLAWFUL_ACTIVITY"));
    }

    @Test
    void aWarMentionedBesideAnElectionIsKeptAsAHit() {
        Classification result = classify("Will the presidential election go ahead if the war is still on?");

        assertThat(result.hits()).extracting(CategoryHit::category).contains("ELECTION", "WAR");
    }

    @ParameterizedTest
    @CsvSource({"WAR", "TERRORISM", "ASSASSINATION", "UNLAWFUL_ACTIVITY"})
    void noPhraseOfAnActivityTheSpecialRuleNamesIsAMereHint(String category) throws IOException {
        try (Reader in = Files.newBufferedReader(UsCftcVocabulary.repositoryRoot().resolve(UsCftcVocabulary.PATH))) {
            assertThat(VocabularyCsv.read(in, UsCftcVocabulary.PATH))
                    .filteredOn(entry -> entry.category().equals(category))
                    .isNotEmpty()
                    .allSatisfy(entry -> assertThat(entry.weight()).isGreaterThanOrEqualTo(ClassifierSettings.DEFAULTS.hintBelow()));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Will CPI inflation be at or above 3% in March?
            Will the unemployment rate be at or below 4% at the end of June?
            Will the mayor resign at the start of next year?
            Will the jobs report beat expectations in May?
            Will the chipmaker beat the consensus estimate for revenue?
            Will a new round of tariffs be announced before August?
            """)
    void aThresholdADateOrAForecastIsNoSportsHit(String title) {
        assertThat(classify(title).hits()).extracting(CategoryHit::category).doesNotContain("SPORTS");
    }

    @Test
    void aTimeOfDayIsNoPrimeMinister() {
        assertThat(classify("Will Bitcoin trade above $150000 by 5 PM ET on Friday?").hits())
                .extracting(CategoryHit::category).doesNotContain("POLITICS");
    }

    @Test
    void aCountryAloneLeansToPolitics() {
        assertThat(classify("Will Portugal change its national anthem?").primary()).isEqualTo("POLITICS");
    }

    @Test
    void anEverydayQuestionIsUnknown() {
        assertThat(classify("Will the neighbours repaint their fence this summer?").status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void aGoldMedalIsSportsNotTheMetal() {
        assertThat(classify("Will Kenya win a gold medal in the marathon?").hits())
                .extracting(CategoryHit::category).containsExactly("SPORTS");
    }

    @Test
    void aPlayerWhoseNameIsACurrencyIsSportsNotTheCurrency() {
        Classification result = classify("Smith vs Yuan");

        assertThat(result.primary()).isEqualTo("SPORTS");
        assertThat(result.status()).isEqualTo(Status.CLEAR);
    }

    @Test
    void theCurrencyAloneIsStillFinancials() {
        assertThat(classify("Will the yuan weaken past 7.5 per dollar?").primary()).isEqualTo("FINANCIALS");
    }
}
