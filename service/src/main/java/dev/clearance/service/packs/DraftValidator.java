package dev.clearance.service.packs;

import dev.clearance.rules.cases.CaseRunner;
import dev.clearance.rules.engine.DecisionEngine;
import dev.clearance.rules.pack.LivePacks;
import dev.clearance.rules.pack.PackException;
import dev.clearance.rules.pack.PackFiles;
import dev.clearance.rules.pack.PackSnapshot;
import java.util.List;
import org.springframework.stereotype.Component;

/** Compiles a draft pack set on the side, runs the golden cases and every {@link DraftCheck} on it. */
@Component
class DraftValidator {

    private final GoldenCases cases;
    private final List<DraftCheck> checks;

    DraftValidator(GoldenCases cases, List<DraftCheck> checks) {
        this.cases = cases;
        this.checks = checks;
    }

    ValidationReport validate(List<PackFiles> draft) {
        LivePacks compiled;
        try {
            compiled = new LivePacks(draft);
        } catch (PackException e) {
            return ValidationReport.notCompiled(e.problems());
        }
        PackSnapshot snapshot = compiled.current();
        ValidationReport.CaseSummary results = ValidationReport.CaseSummary.of(
                new CaseRunner(new DecisionEngine(compiled), snapshot).run(cases.files()));
        List<DraftCheck.LintFinding> lint = checks.stream().flatMap(c -> c.check(snapshot).stream()).toList();
        return new ValidationReport(results.failed() == 0, snapshot.hash(),
                snapshot.packs().stream().map(PackSummary::of).toList(), List.of(), results, lint);
    }
}
