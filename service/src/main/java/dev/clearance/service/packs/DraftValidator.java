package dev.clearance.service.packs;

import dev.clearance.rules.cases.CaseRunner;
import dev.clearance.rules.lint.LintFinding;
import dev.clearance.rules.lint.Linter;
import dev.clearance.rules.pack.LivePacks;
import dev.clearance.rules.pack.PackException;
import dev.clearance.rules.pack.PackFiles;
import dev.clearance.rules.pack.PackLoader;
import dev.clearance.rules.pack.PackSnapshot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Compiles a draft pack set on the side, runs the golden cases and the linter on it. A draft is
 * valid when it compiles, every case passes and lint finds no error; warnings inform.
 *
 * <p>A draft pack whose DRL files are the live pack's reuses the live knowledge base (see
 * {@link PackLoader#load(List, PackSnapshot)}): a draft that changes table rows compiles in a fraction of
 * the time, and once published runs rule code the JVM has already compiled.
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
    private final LivePacks live;
    private final PackLoader loader = new PackLoader();
    private final Map<String, Validation> validDrafts = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Validation> eldest) {
            return size() > REMEMBERED_DRAFTS;
        }
    };

    DraftValidator(GoldenCases cases, LivePacks live) {
        this.cases = cases;
        this.live = live;
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
        PackSnapshot snapshot;
        try {
            snapshot = loader.load(draft, live.current());
        } catch (PackException e) {
            return new Validation(ValidationReport.notCompiled(e.problems()), null);
        }
        ValidationReport.CaseSummary results;
        try (CaseRunner runner = new CaseRunner(new LivePacks(snapshot))) {
            results = ValidationReport.CaseSummary.of(runner.run(cases.files()));
        }
        List<LintFinding> lint = Linter.lint(draft, snapshot, cases.files());
        boolean valid = results.failed() == 0 && !Linter.hasErrors(lint);
        return new Validation(new ValidationReport(valid, snapshot.hash(),
                snapshot.packs().stream().map(PackSummary::of).toList(), List.of(), results, lint), snapshot);
    }
}
