package dev.clearance.service.packs;

import dev.clearance.rules.cases.CaseRunner;
import dev.clearance.rules.lint.LintFinding;
import dev.clearance.rules.lint.Linter;
import dev.clearance.rules.pack.LivePacks;
import dev.clearance.rules.pack.PackException;
import dev.clearance.rules.pack.PackFiles;
import dev.clearance.rules.pack.PackSnapshot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Compiles a draft pack set on the side, runs the golden cases and the linter on it. A draft is
 * valid when it compiles, every case passes and lint finds no error; warnings inform.
 *
 * <p>The last few valid drafts are remembered by their content, so a draft validated and then
 * published is compiled and checked once, ahead of time: the publication itself is then a swap,
 * and does not take seconds of CPU from the decisions being served when it goes live. The
 * verdict of a validation depends only on the draft and the golden cases, which are fixed for
 * the life of the process.
 */
@Component
class DraftValidator {

    /** Valid drafts remembered: each holds its compiled rule bases in memory. */
    private static final int REMEMBERED_DRAFTS = 2;

    private final GoldenCases cases;
    private final Map<String, Validation> validDrafts = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Validation> eldest) {
            return size() > REMEMBERED_DRAFTS;
        }
    };

    DraftValidator(GoldenCases cases) {
        this.cases = cases;
    }

    /** The report, and the compiled snapshot so a publication need not compile the draft again. */
    record Validation(ValidationReport report, PackSnapshot snapshot) {
    }

    Validation validate(List<PackFiles> draft) {
        String content = PackFiles.hashOf(draft);
        synchronized (validDrafts) {
            Validation remembered = validDrafts.get(content);
            if (remembered != null) {
                return remembered;
            }
        }
        Validation validation = compileAndCheck(draft);
        if (validation.report().valid()) {
            synchronized (validDrafts) {
                validDrafts.put(content, validation);
            }
        }
        return validation;
    }

    private Validation compileAndCheck(List<PackFiles> draft) {
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
