package dev.clearance.rules.lint;

import dev.clearance.rules.pack.DrlSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks on rules as written: every rule id is used once in the whole set, and every rule cites the law. */
final class RuleChecks {

    private static final Pattern INSTRUMENT = Pattern.compile("@instrument\\s*\\(");
    private static final Pattern ARTICLE = Pattern.compile("@article\\s*\\(");

    private RuleChecks() {
    }

    static void check(List<PackText> packs, List<LintFinding> findings) {
        Map<String, String> firstUse = new HashMap<>();
        for (PackText pack : packs) {
            for (DrlSource source : pack.drl()) {
                for (DrlSource.RuleText rule : source.rules()) {
                    String here = source.file() + ":" + rule.line();
                    String first = firstUse.putIfAbsent(rule.name(), here);
                    if (first != null) {
                        findings.add(LintFinding.error(source.file(), rule.line(), 0, "duplicate_rule_id",
                                "Rule id `" + rule.name() + "` is already used at " + first
                                        + "; give this rule its own id."));
                    }
                    checkCitation(pack, source, rule, findings);
                }
            }
        }
    }

    /** A rule cites through its own metadata, or through a matched table whose rows carry instrument and article. */
    private static void checkCitation(PackText pack, DrlSource source, DrlSource.RuleText rule, List<LintFinding> findings) {
        if (INSTRUMENT.matcher(rule.text()).find() && ARTICLE.matcher(rule.text()).find()) {
            return;
        }
        List<CsvTable> matched = pack.factTables().stream()
                .filter(table -> Pattern.compile("\\b" + Pattern.quote(table.spec().fact()) + "\\s*\\(").matcher(rule.text()).find())
                .toList();
        boolean citedByRows = matched.stream().anyMatch(t -> t.column("instrument") >= 0 && t.column("article") >= 0);
        if (citedByRows) {
            return;
        }
        String tables = matched.isEmpty() ? "it matches no table"
                : "the table it matches (" + String.join(", ", matched.stream().map(CsvTable::path).toList())
                        + ") has no instrument and article columns";
        findings.add(LintFinding.error(source.file(), rule.line(), 0, "missing_citation",
                "Rule `" + rule.name() + "` cites nothing: it has no @instrument and @article, and " + tables
                        + "; add both to the rule or the columns to the table."));
    }
}
