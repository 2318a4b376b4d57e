package dev.clearance.service.packs;

import dev.clearance.rules.lint.LintFinding;

import dev.clearance.rules.cases.CaseReport;
import dev.clearance.rules.cases.CaseResult;
import dev.clearance.rules.pack.PackProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * What validating a draft pack set found. {@code valid}: it compiled, every golden case passed
 * and lint found no error; lint warnings inform and do not block.
 *
 * @param snapshotHash the hash the draft would carry once live (null when it did not compile)
 * @param cases        golden-case results (null when the draft did not compile)
 */
record ValidationReport(
        boolean valid,
        String snapshotHash,
        List<PackSummary> packs,
        List<PackProblem> problems,
        CaseSummary cases,
        List<LintFinding> lint) {

    static ValidationReport notCompiled(List<PackProblem> problems) {
        return new ValidationReport(false, null, List.of(), problems, null, List.of());
    }

    /** This report, no longer valid: deciding a request the service answered lately failed on the draft. */
    ValidationReport failedOnRecentRequest(String why) {
        List<PackProblem> all = new ArrayList<>(problems);
        all.add(PackProblem.at("(recent live requests)", 0, "recent_request_failed", "The draft fails where the live"
                + " packs did not: " + why + ". No golden case covers that request; add a case like it."));
        return new ValidationReport(false, snapshotHash, packs, all, cases, lint);
    }

    /** Counts, the failed cases with why, and the rules no case exercises. */
    record CaseSummary(long passed, long failed, List<CaseResult> failures, List<String> unexercisedRules) {

        static CaseSummary of(CaseReport report) {
            return new CaseSummary(report.passed(), report.failed(),
                    report.results().stream().filter(r -> !r.passed()).toList(), report.unexercisedRules());
        }
    }
}
