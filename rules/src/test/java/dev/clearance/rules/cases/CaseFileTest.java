package dev.clearance.rules.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.clearance.rules.pack.PackException;
import dev.clearance.rules.pack.PackProblem;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CaseFileTest {

    private static final String CASE = """
            cases:
              - name: A war contract is barred federally
                asOf: 2026-11-21
                subject: { kind: EVENT_CONTRACT, title: "Will a war start in 2027?" }
                jurisdictions: [US]
                expect: { US: PROHIBITED }
            """;

    private static PackProblem onlyProblem(String yaml) {
        PackException e = catchThrowableOfType(PackException.class,
                () -> CaseFile.read("war.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
        assertThat(e).as("expected the case file to be refused").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    @Test
    void aCaseBecomesTheRequestItDescribes() {
        GoldenCase golden = CaseFile.read("war.yaml", CASE.getBytes(StandardCharsets.UTF_8)).cases().get(0);

        assertThat(golden.request().asOf()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(golden.request().jurisdictions()).extracting(j -> j.code()).containsExactly("US");
    }

    @Test
    void aCaseWithoutADateIsRefusedBecauseItsAnswerWouldDriftWithTheCalendar() {
        PackProblem problem = onlyProblem(CASE.replace("    asOf: 2026-11-21\n", ""));

        assertThat(problem.file()).isEqualTo("war.yaml");
        assertThat(problem.message()).contains("asOf");
    }

    @Test
    void aMisspeltKeyIsNamedWithItsLine() {
        PackProblem problem = onlyProblem(CASE.replace("expect:", "expcet:"));

        assertThat(problem.code()).isEqualTo("unknown_key");
        assertThat(problem.line()).isEqualTo(6);
        assertThat(problem.message()).contains("expcet");
    }
}
