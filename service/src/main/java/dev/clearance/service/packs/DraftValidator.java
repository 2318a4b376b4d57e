package dev.clearance.service.packs;

import dev.clearance.rules.cases.CaseRunner;
import dev.clearance.rules.lint.LintFinding;
import dev.clearance.rules.lint.Linter;
import dev.clearance.rules.pack.LivePacks;
import dev.clearance.rules.pack.PackException;
import dev.clearance.rules.pack.PackFiles;
import dev.clearance.rules.pack.PackSnapshot;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Compiles a draft pack set on the side, runs the golden cases and the linter on it. A draft is
 * valid when it compiles, every case passes and lint finds no error; warnings inform.
 */
@Component
class DraftValidator {

    private final GoldenCases cases;

    DraftValidator(GoldenCases cases) {
        this.cases = cases;
    }

    /** The report, and the compiled snapshot so a publication need not compile the draft again. */
    record Validation(ValidationReport report, PackSnapshot snapshot) {
    }

    Validation validate(List<PackFiles> draft) {
        LivePacks compiled;
        try {
            compiled = new LivePacks(draft);
        } catch (PackException e) {
            return new Validation(ValidationReport.notCompiled(e.problems()), null);
        }
        PackSnapshot snapshot = compiled.current();
        ValidationReport.CaseSummary results = ValidationReport.CaseSummary.of(
                new CaseRunner(compiled).run(cases.files()));
        List<LintFinding> lint = Linter.lint(draft, snapshot, cases.files());
        boolean valid = results.failed() == 0 && !Linter.hasErrors(lint);
        return new Validation(new ValidationReport(valid, snapshot.hash(),
                snapshot.packs().stream().map(PackSummary::of).toList(), List.of(), results, lint), snapshot);
    }
}
