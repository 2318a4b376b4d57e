package dev.clearance.rules.pack;

import static dev.clearance.rules.pack.TestPacks.federal;
import static dev.clearance.rules.pack.TestPacks.pack;
import static dev.clearance.rules.pack.TestPacks.states;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PackCompilerTest {

    private static final String ROWS_HEADER = "code,enforcing,effectiveFrom,effectiveTo,instrument,article,note\n";

    private final PackCompiler compiler = new PackCompiler();

    private static String manifest(PackFiles pack) {
        return new String(pack.files().get("pack.yaml"), StandardCharsets.UTF_8);
    }

    private PackProblem onlyProblem(PackFiles pack) {
        PackException e = catchThrowableOfType(PackException.class, () -> compiler.compile(pack));
        assertThat(e).as("expected the pack to be refused").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    private static PackFiles federalWithRule(String rule) {
        return pack("fed", "pack.yaml", manifest(federal()), "contracts.drl", "package packs.fed;\n\n" + rule);
    }

    @Test
    void aCleanPackCompilesWithItsRulesAndContentHash() {
        CompiledPack compiled = compiler.compile(federal());

        assertThat(compiled.rules()).containsOnlyKeys("FED-WAR", "FED-LISTED");
        assertThat(compiled.rules().get("FED-WAR").line()).isEqualTo(3);
        assertThat(compiled.contentHash()).isEqualTo(federal().contentHash()).startsWith("sha256:");
    }

    @Test
    void aPackWhoseRowsAloneChangedReusesThePreviousKnowledgeBase() {
        CompiledPack live = compiler.compile(states(ROWS_HEADER + "US-NV,true,2020-01-01,,Nevada Revised Statutes,NRS 463.0193,enforces\n"));

        CompiledPack draft = compiler.compile(states(ROWS_HEADER + "US-NV,false,2020-01-01,,Nevada Revised Statutes,NRS 463.0193,barred by a court\n"), Optional.of(live));

        assertThat(draft.kieBase()).isSameAs(live.kieBase());
        assertThat(draft.contentHash()).isNotEqualTo(live.contentHash());
        assertThat(draft.tableRows()).singleElement().extracting(TableRow::line).isEqualTo(2);
    }

    @Test
    void aPackWhoseRulesChangedGetsAKnowledgeBaseOfItsOwn() {
        CompiledPack live = compiler.compile(federal());
        String drl = new String(federal().files().get("contracts.drl"), StandardCharsets.UTF_8);

        CompiledPack draft = compiler.compile(federalWithRule(drl.substring(drl.indexOf("rule ")).replace(
                "Listed on a registered market.", "Listed on a market the CFTC designated.")), Optional.of(live));

        assertThat(draft.kieBase()).isNotSameAs(live.kieBase());
        assertThat(draft.rules().get("FED-LISTED").reason()).isEqualTo("Listed on a market the CFTC designated.");
    }

    @Test
    void aDrlSyntaxErrorNamesTheFileAndLine() {
        PackProblem problem = onlyProblem(federalWithRule("""
                rule "FED-X"
                    @verdict("PROHIBITED") @instrument("CEA") @article("5c") @reason("x")
                when
                    $q : Query( jurisdiction == "US" )
                    EventContract( titel == "x" )
                then
                    out.fire(kcontext);
                end
                """));

        assertThat(problem.file()).isEqualTo("fed/contracts.drl");
        assertThat(problem.line()).isEqualTo(7);
        assertThat(problem.code()).isEqualTo("drl_error");
    }

    @Test
    void aRuleThatLooksOnlyAtTheQueryAndTableRowsIsRefused() {
        String drl = new String(states("").files().get("states.drl"), StandardCharsets.UTF_8)
                .replace("    EventContract()\n    StateRow( code == $j, enforcing )", "    StateRow( code == $j, enforcing )");
        PackProblem problem = onlyProblem(pack("states", "pack.yaml", manifest(states("")), "states.drl", drl,
                "states.csv", """
                        code,enforcing,instrument,article
                        US-NV,true,NRS,463.0193
                        """));

        assertThat(problem).extracting(PackProblem::file, PackProblem::line, PackProblem::code)
                .containsExactly("states/states.drl", 8, "rule_ignores_subject");
        assertThat(problem.message()).contains("ST-ENFORCED", "EventContract()");
    }

    @Test
    void aRuleWithoutACitationIsRefused() {
        PackProblem problem = onlyProblem(federalWithRule("""
                rule "FED-UNCITED"
                    @verdict("PROHIBITED") @reason("No reason to cite, apparently.")
                when
                    $q : Query( jurisdiction == "US" )
                    EventContract()
                then
                    out.fire(kcontext);
                end
                """));

        assertThat(problem).extracting(PackProblem::code, PackProblem::line).containsExactly("missing_citation", 3);
        assertThat(problem.message()).contains("FED-UNCITED").contains("@instrument");
    }

    @Test
    void aConditionalRuleMustNameItsConditions() {
        PackProblem problem = onlyProblem(federalWithRule("""
                rule "FED-COND"
                    @verdict("CONDITIONAL") @instrument("17 CFR 40.2") @article("(a)") @reason("Needs a filing.")
                when
                    $q : Query( jurisdiction == "US" )
                    EventContract()
                then
                    out.fire(kcontext);
                end
                """));

        assertThat(problem.code()).isEqualTo("missing_conditions");
    }

    @Test
    void aRuleMayStateItsMinimumAgeAsStructuredMetadata() {
        CompiledPack compiled = compiler.compile(federalWithRule("""
                rule "FED-AGE"
                    @verdict("CONDITIONAL") @instrument("State law") @article("age") @reason("Adults only.")
                    @conditions("Participants must be 21 or older") @minimumAge(21)
                when
                    $q : Query( jurisdiction == "US" )
                    EventContract()
                then
                    out.fire(kcontext);
                end
                """));

        assertThat(compiled.rules().get("FED-AGE").minimumAge()).isEqualTo(21);
    }

    @Test
    void aMinimumAgeThatIsNotWholeYearsIsRefused() {
        PackProblem problem = onlyProblem(federalWithRule("""
                rule "FED-AGE"
                    @verdict("CONDITIONAL") @instrument("State law") @article("age") @reason("Adults only.")
                    @conditions("Participants must be adults") @minimumAge("adult")
                when
                    $q : Query( jurisdiction == "US" )
                    EventContract()
                then
                    out.fire(kcontext);
                end
                """));

        assertThat(problem.code()).isEqualTo("invalid_minimum_age");
        assertThat(problem.message()).contains("FED-AGE").contains("@minimumAge(21)");
    }

    @Test
    void anUnknownVerdictIsRefused() {
        PackProblem problem = onlyProblem(federalWithRule("""
                rule "FED-MAYBE"
                    @verdict("MAYBE") @instrument("CEA") @article("5c") @reason("Unsure.")
                when
                    $q : Query( jurisdiction == "US" )
                    EventContract()
                then
                    out.fire(kcontext);
                end
                """));

        assertThat(problem.code()).isEqualTo("unknown_verdict");
        assertThat(problem.message()).contains("MAYBE");
    }

    @Test
    void aRuleIdUsedTwiceIsRefusedAtTheSecondPlace() {
        String rule = """
                rule "FED-TWICE"
                    @verdict("REVIEW") @instrument("CEA") @article("5c") @reason("Twice.")
                when
                    $q : Query( jurisdiction == "US" )
                    EventContract()
                then
                    out.fire(kcontext);
                end
                """;
        PackException e = catchThrowableOfType(PackException.class, () -> compiler.compile(federalWithRule(rule + "\n" + rule)));

        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo("duplicate_rule_id");
            assertThat(p.line()).isEqualTo(12);
            assertThat(p.message()).contains("fed/contracts.drl:3");
        });
    }

    @Test
    void aRuleWhoseNameIsNotQuotedIsRefusedRatherThanLeftUnchecked() {
        PackProblem problem = onlyProblem(federalWithRule("""
                rule FED_UNQUOTED
                when
                    $q : Query( jurisdiction == "US" )
                    EventContract()
                then
                    out.fire(kcontext);
                end
                """));

        assertThat(problem.code()).isEqualTo("unreadable_rule_name");
        assertThat(problem.message()).contains("FED_UNQUOTED");
    }

    @Test
    void aRuleAfterBlankLinesIsPlacedOnItsOwnLine() {
        CompiledPack compiled = compiler.compile(federalWithRule("""


                rule "FED-LATE"
                    @verdict("REVIEW") @instrument("CEA") @article("5c") @reason("Late.")
                when
                    $q : Query( jurisdiction == "US" )
                    EventContract()
                then
                    out.fire(kcontext);
                end
                """));

        assertThat(compiled.rules().get("FED-LATE").line()).isEqualTo(5);
    }

    @Test
    void anUnknownKeyInPackYamlIsNamedWithItsLine() {
        PackProblem problem = onlyProblem(pack("fed", "pack.yaml", manifest(federal()).replace("rules:", "rulez:"),
                "contracts.drl", "package packs.fed;"));

        assertThat(problem.file()).isEqualTo("fed/pack.yaml");
        assertThat(problem.code()).isEqualTo("unknown_key");
        assertThat(problem.message()).contains("rulez").contains("rules");
        assertThat(problem.line()).isEqualTo(7);
    }

    @Test
    void anUnknownJurisdictionIsRefused() {
        PackProblem problem = onlyProblem(pack("fed", "pack.yaml", manifest(federal()).replace("[US]", "[US-XX]"),
                "contracts.drl", new String(federal().files().get("contracts.drl"), StandardCharsets.UTF_8)));

        assertThat(problem.code()).isEqualTo("unknown_jurisdiction");
        assertThat(problem.message()).contains("US-XX");
    }

    @Test
    void aMalformedDateInATableNamesTheRowAndColumn() {
        PackProblem problem = onlyProblem(states("""
                code,enforcing,effectiveFrom,effectiveTo,instrument,article
                US-NV,true,2025-11-25,,NRS,463.0193
                US-NJ,false,01/04/2025,,N.J. Stat.,5:12A
                """));

        assertThat(problem).extracting(PackProblem::file, PackProblem::line, PackProblem::column, PackProblem::code)
                .containsExactly("states/states.csv", 3, 3, "malformed_date");
    }

    @Test
    void aRowAfterABlankLineIsNamedByItsOwnLine() {
        PackProblem problem = onlyProblem(states("""
                code,enforcing,effectiveFrom,effectiveTo,instrument,article
                US-NV,true,2025-11-25,,NRS,463.0193

                US-NJ,false,01/04/2025,,N.J. Stat.,5:12A
                """));

        assertThat(problem).extracting(PackProblem::line, PackProblem::code).containsExactly(4, "malformed_date");
    }

    @Test
    void aTableRowWithoutACitationIsRefused() {
        PackProblem problem = onlyProblem(states("""
                code,enforcing,effectiveFrom,effectiveTo,instrument,article
                US-NV,true,2025-11-25,,,
                """));

        assertThat(problem).extracting(PackProblem::line, PackProblem::code).containsExactly(2, "missing_citation");
    }

    @Test
    void aColumnThatIsNoFieldOfTheDeclaredTypeIsNamed() {
        PackProblem problem = onlyProblem(states("""
                code,enforcing,bloc,instrument,article
                US-NV,true,LICENSING,NRS,463.0193
                """));

        assertThat(problem).extracting(PackProblem::line, PackProblem::column, PackProblem::code)
                .containsExactly(1, 3, "unknown_column");
        assertThat(problem.message()).contains("bloc").contains("StateRow");
    }

    @Test
    void aCategoryListedTwiceInASetCellIsNamedAtItsCell() {
        String drl = new String(states("").files().get("states.drl"), StandardCharsets.UTF_8)
                .replace("enforcing : boolean", "enforcing : boolean\n    scope : java.util.Set");
        PackProblem problem = onlyProblem(pack("states", "pack.yaml", manifest(states("")), "states.drl", drl,
                "states.csv", """
                        code,enforcing,scope,instrument,article
                        US-NV,true,SPORTS|ELECTION|SPORTS,NRS,463.0193
                        """));

        assertThat(problem).extracting(PackProblem::line, PackProblem::column, PackProblem::code)
                .containsExactly(2, 3, "invalid_cell");
        assertThat(problem.message()).contains("`SPORTS` is listed twice");
    }

    @Test
    void aParameterReferenceGivesTheEffectiveDate() {
        String yaml = manifest(federal()).replace("effective: { from: 2020-01-01 }", """
                parameters:
                  - { name: enactedOn, value: "2021-09-15", note: unconfirmed }
                effective: { from: "${enactedOn}" }""");

        CompiledPack compiled = compiler.compile(pack("fed", "pack.yaml", yaml,
                "contracts.drl", new String(federal().files().get("contracts.drl"), StandardCharsets.UTF_8)));

        assertThat(compiled.manifest().effective().from()).isEqualTo(LocalDate.of(2021, 9, 15));
    }

    @Test
    void aReferenceToAnUndeclaredParameterIsRefused() {
        String yaml = manifest(federal()).replace("{ from: 2020-01-01 }", "{ from: \"${enactedOn}\" }");

        PackProblem problem = onlyProblem(pack("fed", "pack.yaml", yaml, "contracts.drl", "package packs.fed;"));

        assertThat(problem.code()).isEqualTo("unknown_parameter");
        assertThat(problem.message()).contains("enactedOn");
    }

    @Test
    void twoFoldersHoldingTheSamePackIdAreRefused() {
        PackException e = catchThrowableOfType(PackException.class,
                () -> new PackLoader().load(List.of(federal(), federal())));

        assertThat(e.problems()).extracting(PackProblem::code).contains("duplicate_pack_id");
    }

    @Test
    void aFailedPublishLeavesTheLiveSnapshotServing() {
        LivePacks live = new LivePacks(List.of(federal()));
        PackSnapshot before = live.current();

        catchThrowableOfType(PackException.class, () -> live.publish(List.of(federalWithRule("rule broken"))));

        assertThat(live.current()).isSameAs(before);
    }

    @Test
    void aSuccessfulPublishSwapsInANewSnapshotWithANewHash() {
        LivePacks live = new LivePacks(List.of(federal()));
        PackSnapshot before = live.current();

        PackSnapshot after = live.publish(List.of(federal(), states("code,enforcing\nUS-NV,true\n".replace("code,enforcing",
                "code,enforcing,instrument,article").replace("true", "true,NRS,463.0193"))));

        assertThat(live.current()).isSameAs(after);
        assertThat(after.hash()).isNotEqualTo(before.hash());
    }
}
