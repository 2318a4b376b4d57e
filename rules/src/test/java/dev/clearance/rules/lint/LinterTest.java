package dev.clearance.rules.lint;

import static dev.clearance.rules.pack.TestPacks.pack;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.rules.pack.PackFiles;
import dev.clearance.rules.pack.PackLoader;
import dev.clearance.rules.pack.PackSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each lint finding, triggered by a small pack broken in exactly that way, names the place at fault. */
class LinterTest {

    private static final String MANIFEST = """
            id: states
            title: State test layer
            version: "1"
            jurisdictions: [US-STATES]
            covers: { subjectKinds: [EVENT_CONTRACT] }
            effective: { from: 2020-01-01 }
            rules: [states.drl]
            tables:
              - { file: states.csv, fact: StateRow%s }
              - { file: categories.csv, kind: vocabulary }
            """;
    private static final String DECLARE = """
            package packs.states;

            declare StateRow
                code : String
                enforcing : boolean
            end
            """;
    private static final String ENFORCED_RULE = """

            rule "ST-ENFORCED"
                @verdict("PROHIBITED")
                @reason("The state enforces its gaming law against sports event contracts.")
            when
                $q : Query( $j : jurisdiction )
                CategoryHit( category == "SPORTS" )
                StateRow( code == $j, enforcing )
            then
                out.fire(kcontext);
            end
            """;
    private static final String ROWS = """
            code,enforcing,effectiveFrom,effectiveTo,instrument,article
            US-NV,false,2020-01-01,2025-11-25,Nevada Revised Statutes,NRS 463.0193
            US-NV,true,2025-11-25,,Nevada Revised Statutes,NRS 463.0193
            """;
    private static final String VOCABULARY = """
            category,phrase,weight
            SPORTS,touchdown,2
            SPORTS,super bowl,2
            WAR,invasion,2
            """;

    private static PackFiles states(String tableOptions, String rules, String rows, String vocabulary) {
        return pack("states", "pack.yaml", MANIFEST.formatted(tableOptions), "states.drl", DECLARE + rules,
                "states.csv", rows, "categories.csv", vocabulary);
    }

    private static PackFiles states(String rules, String rows) {
        return states("", rules, rows, VOCABULARY);
    }

    private static List<LintFinding> lintCompiled(PackFiles... packs) {
        PackSnapshot snapshot = new PackLoader().load(List.of(packs));
        return Linter.lint(List.of(packs), snapshot);
    }

    /** The findings for the states pack with these rows added to the test vocabulary. */
    private static List<LintFinding> lintWithVocabularyRows(String rows) {
        return Linter.lintSources(List.of(states("", ENFORCED_RULE, ROWS, VOCABULARY + rows)));
    }

    private static List<String> printed(List<LintFinding> findings) {
        return findings.stream().map(LintFinding::toString).toList();
    }

    @Test
    void aCleanPackHasNoFindings() {
        assertThat(lintCompiled(states(ENFORCED_RULE, ROWS))).isEmpty();
    }

    @Test
    void aRuleIdUsedTwiceIsAnErrorAtTheSecondUse() {
        List<LintFinding> findings = Linter.lintSources(List.of(states(ENFORCED_RULE + ENFORCED_RULE, ROWS)));

        assertThat(printed(findings)).containsExactly(
                "states/states.drl:19: error: duplicate_rule_id: Rule id `ST-ENFORCED` is already used at "
                        + "states/states.drl:8; give this rule its own id.");
    }

    @Test
    void aConsequenceThatChangesATableRowIsAnErrorAtThatLine() {
        String rule = ENFORCED_RULE.replace("StateRow( code == $j, enforcing )", "$s : StateRow( code == $j, enforcing )")
                .replace("    out.fire(kcontext);", "    modify($s) { setEnforcing(false) }\n    out.fire(kcontext);");

        assertThat(printed(Linter.lintSources(List.of(states(rule, ROWS))))).containsExactly(
                "states/states.drl:16: error: changes_facts: Rule `ST-ENFORCED` changes facts in its consequence "
                        + "(`modify(`); a rule may only conclude with out.fire(...), so one decision cannot alter the next.");
    }

    @Test
    void aConsequenceThatInsertsAFactIsAnError() {
        String rule = ENFORCED_RULE.replace("    out.fire(kcontext);", "    insert(new java.util.Date());\n    out.fire(kcontext);");

        assertThat(Linter.lintSources(List.of(states(rule, ROWS)))).extracting(LintFinding::code)
                .containsExactly("changes_facts");
    }

    @Test
    void aRuleThatMatchesNoCitedTableAndCitesNothingIsAnError() {
        String rows = """
                code,enforcing
                US-NV,true
                """;

        List<LintFinding> findings = Linter.lintSources(List.of(states(ENFORCED_RULE, rows)));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("missing_citation");
            assertThat(f.problem().file()).isEqualTo("states/states.drl");
            assertThat(f.problem().line()).isEqualTo(8);
            assertThat(f.problem().message()).contains("states/states.csv", "has no instrument and article columns");
        });
    }

    @Test
    void aRowWithABlankArticleIsAnErrorAtItsCell() {
        String rows = ROWS + "US-NJ,false,2020-01-01,,N.J. Stat. 5:12A,\n";

        assertThat(printed(Linter.lintSources(List.of(states(ENFORCED_RULE, rows))))).containsExactly(
                "states/states.csv:4:6: error: missing_row_citation: This row leaves `article` blank; every row of "
                        + "a table that cites must name its instrument and article.");
    }

    @Test
    void aMalformedDateIsAnErrorAtItsCell() {
        String rows = ROWS.replace("2025-11-25,Nevada", "25/11/2025,Nevada");

        assertThat(Linter.lintSources(List.of(states(ENFORCED_RULE, rows)))).extracting(LintFinding::toString)
                .contains("states/states.csv:2:4: error: malformed_date: `25/11/2025` in column effectiveTo is not "
                        + "a date; write it as YYYY-MM-DD, e.g. 2026-02-06.");
    }

    @Test
    void overlappingPeriodsOfADeclaredKeyAreAnError() {
        String rows = ROWS.replace("2020-01-01,2025-11-25", "2020-01-01,2026-01-01");

        List<LintFinding> findings = Linter.lintSources(List.of(states(", key: [code]", ENFORCED_RULE, rows, VOCABULARY)));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.toString()).startsWith("states/states.csv:3: error: overlapping_periods: This row for code "
                    + "`US-NV` is in force from 2025-11-25 with no end, overlapping the row at line 2");
        });
    }

    @Test
    void overlappingPeriodsOfTheFirstColumnOnlyWarnBecauseTheKeyIsAGuess() {
        String rows = ROWS.replace("2020-01-01,2025-11-25", "2020-01-01,2026-01-01");

        assertThat(Linter.lintSources(List.of(states(ENFORCED_RULE, rows)))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void aGapInAContinuousTableIsAnErrorNamingBothRows() {
        String rows = ROWS.replace("true,2025-11-25,", "true,2025-12-01,");

        List<LintFinding> findings = Linter.lintSources(
                List.of(states(", continuous: true", ENFORCED_RULE, rows, VOCABULARY)));

        assertThat(printed(findings)).containsExactly("states/states.csv:3: error: gap_in_periods: This row for code "
                + "`US-NV` starts on 2025-12-01 but the row at line 2 ends on 2025-11-25; the table is declared "
                + "continuous, so nothing would answer from 2025-11-25 until 2025-12-01.");
    }

    @Test
    void aGapInATableNotDeclaredContinuousIsFine() {
        String rows = ROWS.replace("true,2025-11-25,", "true,2025-12-01,");

        assertThat(Linter.lintSources(List.of(states(ENFORCED_RULE, rows)))).isEmpty();
    }

    @Test
    void aCategoryNoVocabularyDefinesIsAnErrorAtTheRuleLine() {
        List<LintFinding> findings = lintCompiled(states(ENFORCED_RULE.replace("\"SPORTS\"", "\"SPORT\""), ROWS));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("unknown_category");
            assertThat(f.problem().file()).isEqualTo("states/states.drl");
            assertThat(f.problem().line()).isEqualTo(13);
            assertThat(f.problem().message()).startsWith("Category `SPORT` is defined by no vocabulary table");
        });
    }

    @Test
    void aMisspeltPrimaryCategoryIsAnErrorToo() {
        String onPrimary = ENFORCED_RULE.replace("CategoryHit( category == \"SPORTS\" )", "Classification( primary == \"SPORT\" )");

        assertThat(lintCompiled(states(onPrimary, ROWS))).extracting(LintFinding::code).contains("unknown_category");
    }

    @Test
    void aCategoryInAScopeColumnNoVocabularyDefinesIsAnErrorAtItsCell() {
        String rows = """
                code,enforcing,enforcementScope,effectiveFrom,effectiveTo,instrument,article
                US-NV,true,SPORTS|ELECTIONS,2020-01-01,,Nevada Revised Statutes,NRS 463.0193
                """;
        PackFiles pack = pack("states", "pack.yaml", MANIFEST.formatted(""),
                "states.drl", DECLARE.replace("enforcing : boolean", "enforcing : boolean\n    enforcementScope : String")
                        + ENFORCED_RULE,
                "states.csv", rows, "categories.csv", VOCABULARY);

        assertThat(Linter.lintSources(List.of(pack))).extracting(LintFinding::toString).singleElement()
                .asString().startsWith("states/states.csv:2:3: error: unknown_category: Category `ELECTIONS`");
    }

    @Test
    void anUnknownStateCodeInATableIsAnErrorAtItsCell() {
        String rows = ROWS + "US-XY,false,2020-01-01,,Some statute,1\n";

        assertThat(printed(Linter.lintSources(List.of(states(ENFORCED_RULE, rows))))).containsExactly(
                "states/states.csv:4:1: error: unknown_jurisdiction: Jurisdiction `US-XY` is not a US state or DC "
                        + "code; states are written US-XX with the postal code, e.g. US-NV.");
    }

    @Test
    void anUnknownProductTypeInARuleIsAnError() {
        String rule = """

                rule "ST-PRODUCT"
                    @verdict("REVIEW") @instrument("Some statute") @article("1")
                    @reason("Products of this kind need a look.")
                when
                    $q : Query( $j : jurisdiction )
                    Product( productType == "STABLE_COIN" )
                then
                    out.fire(kcontext);
                end
                """;

        assertThat(Linter.lintSources(List.of(states(ENFORCED_RULE + rule, ROWS)))).singleElement()
                .satisfies(f -> assertThat(f.toString()).startsWith(
                        "states/states.drl:24: error: unknown_product_type: Product type `STABLE_COIN` does not exist"));
    }

    @Test
    void twoTermsThatNormaliseAlikeAreAnErrorNamingBothLines() {
        PackFiles names = pack("names",
                "pack.yaml", """
                        id: names
                        title: Name screening test
                        version: "1"
                        jurisdictions: [CN]
                        covers: { subjectKinds: [BUSINESS_NAME] }
                        effective: { from: 2020-01-01 }
                        rules: [names.drl]
                        tables:
                          - { file: terms.csv, kind: terms }
                        """,
                "names.drl", "package packs.names;\n",
                "terms.csv", """
                        term,tier,label,reason
                        稳定币,PROHIBITED,stablecoin,Listed in the notice.
                        Virtual Currency,PROHIBITED,virtual currency,Listed in the notice.
                        穩定幣,PROHIBITED,stablecoin,Listed in the notice.
                        """);

        assertThat(Linter.lintSources(List.of(names))).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("duplicate_term");
            assertThat(f.problem().file()).isEqualTo("names/terms.csv");
            assertThat(f.problem().line()).isEqualTo(4);
            assertThat(f.problem().message()).contains("`穩定幣`", "`稳定币` at names/terms.csv:2");
        });
    }

    @Test
    void twoPhrasesOfACategoryThatReadAlikeAreAnErrorNamingBothLines() {
        List<LintFinding> findings = lintWithVocabularyRows("SPORTS,Super Bowls,1\n");

        assertThat(printed(findings)).containsExactly("states/categories.csv:5: error: duplicate_phrase: The phrase "
                + "`Super Bowls` of category SPORTS reads as `super bowl`, the same as `super bowl` at "
                + "states/categories.csv:3; case, punctuation and plurals are already folded, so keep one row.");
    }

    @Test
    void aStopPhraseThatStopsAShorterPhraseHasNoFindings() {
        String vocabulary = VOCABULARY + "NONE,touchdown pass rate,0\n";

        assertThat(lintCompiled(states("", ENFORCED_RULE, ROWS, vocabulary))).isEmpty();
    }

    @Test
    void aPhraseThatIsBothAStopPhraseAndEvidenceIsAnErrorNamingBothLines() {
        List<LintFinding> findings = lintWithVocabularyRows("NONE,Super Bowls,0\n");

        assertThat(printed(findings)).containsExactly("states/categories.csv:5: error: duplicate_phrase: The phrase "
                + "`Super Bowls` of category NONE reads as `super bowl` of category SPORTS at states/categories.csv:3; "
                + "a stop phrase (NONE) counts for nothing, so one phrase cannot be both, keep one of the two rows.");
    }

    @Test
    void aStopPhraseWithNoVocabularyPhraseInsideItIsAWarning() {
        List<LintFinding> findings = lintWithVocabularyRows("NONE,at noon,0\n");

        assertThat(printed(findings)).containsExactly("states/categories.csv:5: warning: idle_stop_phrase: The stop "
                + "phrase `at noon` has no vocabulary phrase inside it, so it stops nothing; remove the row, or add "
                + "the shorter phrase it is meant to stop.");
    }

    @Test
    void aStopPhraseOfAWeightIsAnInvalidVocabulary() {
        assertThat(lintWithVocabularyRows("NONE,touchdown pass rate,0.25\n"))
                .filteredOn(f -> f.code().equals("invalid_vocabulary")).singleElement()
                .satisfies(f -> {
                    assertThat(f.problem().message()).contains("a stop phrase is evidence for nothing, expected weight 0");
                });
    }

    @Test
    void aRuleOnCategoryNoneIsAnUnknownCategory() {
        String vocabulary = VOCABULARY + "NONE,touchdown pass rate,0\n";
        String onNone = ENFORCED_RULE.replace("\"SPORTS\"", "\"NONE\"");

        assertThat(Linter.lintSources(List.of(states("", onNone, ROWS, vocabulary)))).singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo("unknown_category");
                    assertThat(f.problem().message()).startsWith("Category `NONE` marks a vocabulary's stop phrases");
                });
    }

    private static final String SILENT_RULE = """

            rule "ST-SILENT"
                @verdict("ALLOWED") @instrument("Some statute") @article("2")
                @reason("The state has said nothing about sports event contracts.")
            when
                $q : Query( $j : jurisdiction )
                CategoryHit( category == "SPORTS" )
                StateRow( code == $j )%s
            then
                out.fire(kcontext);
            end
            """;

    @Test
    void twoRulesOfAPackFiringTogetherWithDifferentVerdictsConflict() {
        List<LintFinding> findings = lintCompiled(states(ENFORCED_RULE + SILENT_RULE.formatted(""), ROWS));

        assertThat(findings).extracting(LintFinding::code).contains("conflicting_rules");
        assertThat(findings).filteredOn(f -> f.code().equals("conflicting_rules")).singleElement()
                .satisfies(f -> assertThat(f.toString()).startsWith("states/states.drl:8: warning: conflicting_rules: "
                        + "Rule `ST-ENFORCED` (PROHIBITED) and rule `ST-SILENT` (ALLOWED, states/states.drl:19) fire "
                        + "together with different verdicts, e.g. for probe `contract `touchdown`"));
    }

    @Test
    void anOverridesDeclarationSettlesAConflict() {
        String overriding = ENFORCED_RULE.replace("@verdict(\"PROHIBITED\")", "@verdict(\"PROHIBITED\") @overrides(\"ST-SILENT\")");

        assertThat(lintCompiled(states(overriding + SILENT_RULE.formatted(""), ROWS)))
                .extracting(LintFinding::code).doesNotContain("conflicting_rules");
    }

    @Test
    void aRiderQualifiesADecisionWithoutConflictingWithIt() {
        String rider = SILENT_RULE.formatted("").replace("@verdict(\"ALLOWED\")",
                "@verdict(\"ALLOWED\") @rider(\"adds the state's caution to any sports decision\")");

        assertThat(lintCompiled(states(ENFORCED_RULE + rider, ROWS)))
                .extracting(LintFinding::code).doesNotContain("conflicting_rules");
    }

    @Test
    void aRuleThatAlwaysFiresWithAStricterOneIsShadowed() {
        String onlyWhenEnforcing = SILENT_RULE.formatted("\n    StateRow( code == $j, enforcing )");

        List<LintFinding> findings = lintCompiled(states(ENFORCED_RULE + onlyWhenEnforcing, ROWS));

        assertThat(findings).filteredOn(f -> f.code().equals("shadowed_rule")).singleElement()
                .satisfies(f -> assertThat(f.toString()).startsWith("states/states.drl:19: warning: shadowed_rule: "
                        + "Rule `ST-SILENT` (ALLOWED) is shadowed by `ST-ENFORCED` (PROHIBITED) in every case"));
    }
}
