package dev.clearance.rules.lint;

import dev.clearance.rules.cases.CaseFile;
import dev.clearance.rules.impact.GoldenRequests;
import dev.clearance.rules.impact.LabelledRequest;
import dev.clearance.rules.pack.PackFiles;
import dev.clearance.rules.pack.PackSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds what compiles but is still wrong in a pack set, each finding with its place, a stable
 * code and a plain sentence. Source checks read the files as written and work even when the set
 * does not compile; behaviour checks run the compiled snapshot over the golden cases and over
 * probes generated from the packs' own data.
 *
 * <p>Codes: errors {@code duplicate_rule_id}, {@code missing_citation}, {@code missing_row_citation},
 * {@code half_citation_columns}, {@code malformed_date}, {@code empty_date_range},
 * {@code overlapping_periods} (declared key), {@code gap_in_periods}, {@code unknown_key_column},
 * {@code unknown_category}, {@code unknown_jurisdiction}, {@code unknown_product_type},
 * {@code duplicate_term}, {@code duplicate_phrase}, {@code invalid_vocabulary}, {@code invalid_csv};
 * warnings {@code overlapping_periods} (first column as key), {@code conflicting_rules},
 * {@code shadowed_rule}, {@code idle_stop_phrase}.
 */
public final class Linter {

    private static final Comparator<LintFinding> ORDER = Comparator
            .comparing((LintFinding f) -> f.problem().file())
            .thenComparingInt(f -> f.problem().line())
            .thenComparingInt(f -> f.problem().column())
            .thenComparing(LintFinding::code);

    private Linter() {
    }

    /** Lints the files alone, without compiling them: what a lawyer gets even from a set that does not compile. */
    public static List<LintFinding> lintSources(List<PackFiles> packSet) {
        List<LintFinding> findings = new ArrayList<>();
        List<PackText> packs = read(packSet, findings);
        Vocabularies vocabularies = Vocabularies.read(packs, findings);
        lintSources(packs, vocabularies, findings);
        return sorted(findings);
    }

    /** Lints the files and the compiled snapshot's behaviour on generated probes. */
    public static List<LintFinding> lint(List<PackFiles> packSet, PackSnapshot snapshot) {
        return lint(packSet, snapshot, List.of());
    }

    /**
     * Lints the files and the compiled snapshot's behaviour on the golden cases and generated probes.
     *
     * @param snapshot the snapshot compiled from {@code packSet}
     */
    public static List<LintFinding> lint(List<PackFiles> packSet, PackSnapshot snapshot, List<CaseFile> cases) {
        List<LintFinding> findings = new ArrayList<>();
        List<PackText> packs = read(packSet, findings);
        Vocabularies vocabularies = Vocabularies.read(packs, findings);
        lintSources(packs, vocabularies, findings);
        List<LabelledRequest> requests = new ArrayList<>(GoldenRequests.of(cases));
        requests.addAll(Probes.of(snapshot, vocabularies));
        BehaviourChecks.check(snapshot, requests, findings);
        return sorted(findings);
    }

    /** True when some finding is an error. */
    public static boolean hasErrors(List<LintFinding> findings) {
        return findings.stream().anyMatch(LintFinding::isError);
    }

    private static List<PackText> read(List<PackFiles> packSet, List<LintFinding> findings) {
        List<PackText> packs = new ArrayList<>();
        packSet.forEach(files -> PackText.read(files, findings).ifPresent(packs::add));
        return packs;
    }

    private static void lintSources(List<PackText> packs, Vocabularies vocabularies, List<LintFinding> findings) {
        RuleChecks.check(packs, findings);
        for (PackText pack : packs) {
            TableChecks.check(pack, findings);
            ReferenceChecks.check(pack, vocabularies.categories(), findings);
        }
        DuplicateChecks.check(vocabularies, findings);
        StopPhraseChecks.check(vocabularies, findings);
    }

    private static List<LintFinding> sorted(List<LintFinding> findings) {
        return findings.stream().sorted(ORDER).toList();
    }
}
