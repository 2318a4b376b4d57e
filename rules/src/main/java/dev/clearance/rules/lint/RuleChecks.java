package dev.clearance.rules.lint;

import dev.clearance.rules.pack.DrlSource;
import dev.clearance.rules.pack.SourceLines;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks on rules as written: every rule id is used once in the whole set, every rule cites the
 * law, and no consequence changes facts. A rule concludes only through {@code out.fire}: the
 * engine keeps sessions holding the table rows warm between decisions, so a fact inserted, changed
 * or deleted by one decision would otherwise reach the next.
 */
final class RuleChecks {

    private static final Pattern INSTRUMENT = Pattern.compile("@instrument\\s*\\(");
    private static final Pattern ARTICLE = Pattern.compile("@article\\s*\\(");
    private static final Pattern THEN = Pattern.compile("(?m)^\\s*then\\b");
    private static final Pattern CHANGES_FACTS = Pattern.compile(
            "\\b(insert|insertLogical|modify|update|delete|retract)\\s*\\(|\\$\\w+\\.set[A-Z]\\w*\\s*\\(");

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
                    checkConsequence(source, rule, findings);
                }
            }
        }
    }

    private static void checkConsequence(DrlSource source, DrlSource.RuleText rule, List<LintFinding> findings) {
        Matcher then = THEN.matcher(rule.text());
        if (!then.find()) {
            return;
        }
        Matcher change = CHANGES_FACTS.matcher(rule.text());
        if (change.find(then.end())) {
            int line = rule.line() + new SourceLines(rule.text()).lineAt(change.start()) - 1;
            findings.add(LintFinding.error(source.file(), line, 0, "changes_facts",
                    "Rule `" + rule.name() + "` changes facts in its consequence (`" + change.group().trim()
                            + "`); a rule may only conclude with out.fire(...), so one decision cannot alter the next."));
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
