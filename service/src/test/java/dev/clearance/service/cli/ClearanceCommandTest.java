package dev.clearance.service.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.rules.pack.PackFiles;
import dev.clearance.rules.pack.TestPacks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClearanceCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return ClearanceCommand.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Path packs(PackFiles... packs) throws IOException {
        Path root = Files.createDirectories(dir.resolve("packs"));
        for (PackFiles pack : packs) {
            Path folder = Files.createDirectories(root.resolve(pack.folder()));
            for (Map.Entry<String, byte[]> file : pack.files().entrySet()) {
                Files.write(folder.resolve(file.getKey()), file.getValue());
            }
        }
        return root;
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void checkPrintsTheDecisionJson() throws IOException {
        Path request = file("request.json", """
                { "subject": { "kind": "EVENT_CONTRACT", "title": "Will the war end by June?",
                               "venue": { "name": "Example Exchange", "registration": "DCM" } },
                  "jurisdictions": ["US"], "asOf": "2026-11-21" }""");

        int status = run("check", "--packs", packs(TestPacks.federal()).toString(), request.toString());

        assertThat(status).isZero();
        assertThat(stdout()).contains("\"overall\" : \"PROHIBITED\"").contains("\"ruleId\" : \"FED-WAR\"")
                .contains("\"instrument\" : \"17 CFR 40.11\"");
    }

    @Test
    void checkRefusesARequestItDoesNotUnderstandAndNamesTheField() throws IOException {
        Path request = file("request.json", """
                { "subject": { "kind": "EVENT_CONTRACT", "title": "Will it rain?" }, "jurisdictions": ["US-ZZ"] }""");

        int status = run("check", "--packs", packs(TestPacks.federal()).toString(), request.toString());

        assertThat(status).isEqualTo(ClearanceCommand.BAD_INPUT);
        assertThat(stdout()).doesNotContain("verdict");
        assertThat(stderr()).contains("jurisdictions[0]").contains("US-ZZ");
    }

    @Test
    void checkJsonLinesAnswersEachLineInPlaceIncludingTheBadOnes() throws IOException {
        Path requests = file("requests.jsonl", """
                { "subject": { "kind": "EVENT_CONTRACT", "title": "Will the war end?", "venue": { "registration": "DCM" } }, "jurisdictions": ["US"] }
                { "subject": { "kind": "EVENT_CONTRACT" }, "jurisdictions": ["US"] }
                { "subject": { "kind": "EVENT_CONTRACT", "title": "Will CPI rise?", "venue": { "registration": "DCM" } }, "jurisdictions": ["US"] }
                """);

        int status = run("check", "--jsonl", "--packs", packs(TestPacks.federal()).toString(), requests.toString());

        assertThat(status).isEqualTo(ClearanceCommand.BAD_INPUT);
        assertThat(stdout().lines()).hasSize(3).satisfies(lines -> {
            assertThat(lines.get(0)).contains("\"overall\":\"PROHIBITED\"");
            assertThat(lines.get(1)).startsWith("{\"line\":2,").contains("subject.title");
            assertThat(lines.get(2)).contains("\"overall\":\"ALLOWED\"");
        });
        assertThat(stderr()).contains("line 2: subject.title");
    }

    @Test
    void whyNotNamesTheRuleThatDidNotFireAndTheConditionThatFailed() throws IOException {
        Path request = file("request.json", """
                { "subject": { "kind": "EVENT_CONTRACT", "title": "Will CPI rise in March?",
                               "venue": { "name": "Example Exchange", "registration": "DCM" } },
                  "jurisdictions": ["US"], "asOf": "2026-11-21" }""");

        int status = run("why-not", "--packs", packs(TestPacks.federal()).toString(), "-j", "US", request.toString());

        assertThat(status).isZero();
        assertThat(stdout()).contains("US: ALLOWED").contains("fired FED-LISTED (ALLOWED)")
                .contains("FED-WAR (PROHIBITED, fed/contracts.drl:3) did not fire").contains("title matches");
    }

    @Test
    void whyNotRefusesARequestItDoesNotUnderstandAndNamesTheField() throws IOException {
        Path request = file("request.json", """
                { "subject": { "kind": "EVENT_CONTRACT", "title": "" }, "jurisdictions": ["US"] }""");

        int status = run("why-not", "--packs", packs(TestPacks.federal()).toString(), "-j", "US", request.toString());

        assertThat(status).isEqualTo(ClearanceCommand.BAD_INPUT);
        assertThat(stderr()).contains("error: subject.title");
    }

    @Test
    void validateNamesTheFileAndLineOfABrokenRule() throws IOException {
        PackFiles broken = TestPacks.pack("fed",
                "pack.yaml", new String(TestPacks.federal().files().get("pack.yaml"), StandardCharsets.UTF_8),
                "contracts.drl", """
                        package packs.fed;

                        rule "FED-BROKEN"
                            @verdict("PROHIBITED") @instrument("17 CFR 40.11") @article("(a)(1)") @reason("Broken.")
                        when
                            $q : Query( jurisdiction == "US" )
                            EventContract( titel == "x" )
                        then
                            out.fire(kcontext);
                        end
                        """);

        int status = run("validate", packs(broken).toString());

        assertThat(status).isEqualTo(ClearanceCommand.FAILED);
        assertThat(stderr()).contains("fed/contracts.drl:7").contains("drl_error").contains("nothing was published");
    }

    @Test
    void validateReportsEachPackThatCompiles() throws IOException {
        int status = run("validate", packs(TestPacks.federal()).toString());

        assertThat(status).isZero();
        assertThat(stdout()).contains("ok fed@1: 2 rules").contains("snapshot sha256:");
    }

    private static PackFiles namePack() {
        return TestPacks.pack("names",
                "pack.yaml", """
                        id: names
                        title: Name screening test pack
                        version: "1"
                        jurisdictions: [CN]
                        covers: { subjectKinds: [BUSINESS_NAME] }
                        effective: { from: 2020-01-01 }
                        rules: [names.drl]
                        tables:
                          - { file: terms.csv, kind: terms }
                        """,
                "names.drl", """
                        package packs.names;
                        rule "NAMES-LISTED"
                            @verdict("PROHIBITED") @instrument("Yinfa [2026] No. 42") @article("(VIII)")
                            @reason("The name contains a listed term.")
                        when
                            $q : Query( jurisdiction == "CN" )
                            TermHit( entry.tier == TermTier.PROHIBITED )
                        then
                            out.fire(kcontext);
                        end
                        """,
                "terms.csv", """
                        term,tier,label,reason
                        稳定币,PROHIBITED,stablecoin,listed in Article (VIII)
                        stablecoin,PROHIBITED,stablecoin,listed in Article (VIII)
                        bitcoin,REVIEW,bitcoin,closely related to the listed terms
                        """);
    }

    @Test
    void screenWritesAVerdictPerRowAndReportsBadRowsByLine() throws IOException {
        Path names = file("names.csv", """
                name,businessScope
                上海穩定幣科技有限公司,软件开发
                Clearwater Foods Ltd,food retail

                Bitcoin Mining Partners,
                """);
        Path result = dir.resolve("out.csv");

        int status = run("screen", "--packs", packs(namePack()).toString(), "--as-of", "2026-11-21",
                "-o", result.toString(), names.toString());

        assertThat(status).as("a bad row makes the run report failure").isEqualTo(ClearanceCommand.FAILED);
        assertThat(Files.readAllLines(result)).hasSize(4).satisfies(lines -> {
            assertThat(lines.get(0)).isEqualTo("name,businessScope,verdict,matched_terms,spans");
            assertThat(lines.get(1)).contains("PROHIBITED").contains("稳定币");
            assertThat(lines.get(2)).contains("CLEAR");
            assertThat(lines.get(3)).contains("REVIEW");
        });
        assertThat(stderr()).contains("line 4").contains("1 bad rows").contains("1 prohibited, 1 review, 1 clear");
    }
}
