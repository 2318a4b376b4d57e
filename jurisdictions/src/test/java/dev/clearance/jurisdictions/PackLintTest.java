package dev.clearance.jurisdictions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.rules.lint.LintFinding;
import dev.clearance.rules.lint.Linter;
import dev.clearance.rules.pack.PackFiles;
import dev.clearance.rules.pack.PackLoader;
import dev.clearance.rules.pack.PackSources;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled packs pass the linter: warnings are printed for the legal team, errors fail the build. */
class PackLintTest {

    @Test
    void theBundledPacksHaveNoLintErrors() {
        List<PackFiles> packs = PackSources.fromDirectory(Path.of("."));
        List<LintFinding> findings = Linter.lint(packs, new PackLoader().load(packs));
        findings.forEach(System.out::println);

        assertThat(findings).filteredOn(LintFinding::isError).as("lint errors in the bundled packs").isEmpty();
    }
}
