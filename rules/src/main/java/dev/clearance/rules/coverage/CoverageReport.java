package dev.clearance.rules.coverage;

import dev.clearance.rules.cases.CaseReport;
import dev.clearance.rules.model.Citation;
import dev.clearance.rules.pack.CompiledPack;
import dev.clearance.rules.pack.PackSnapshot;
import dev.clearance.rules.pack.RuleInfo;
import dev.clearance.rules.pack.TableRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which golden cases exercise each rule, each table row and each cited article (an instrument
 * and article, gathering every rule and row that cites it), with the exercised share of each.
 */
public record CoverageReport(List<Item> rules, List<Item> rows, List<Item> articles, int cases) {

    /**
     * One rule, row or article and the cases that exercised it.
     *
     * @param id    the rule id, the row's {@code file:line}, or {@code instrument, article}
     * @param label what a lawyer reads next to it: the rule's verdict and pack, the row's key cells or citation
     * @param where the place to edit, {@code file:line}, or for an article the rules and rows citing it
     */
    public record Item(String id, String label, String where, Set<String> cases) {

        public Item {
            cases = Set.copyOf(cases);
        }

        public boolean exercised() {
            return !cases.isEmpty();
        }
    }

    public CoverageReport {
        rules = List.copyOf(rules);
        rows = List.copyOf(rows);
        articles = List.copyOf(articles);
    }

    /** Builds the report from a golden-case run over {@code snapshot}. */
    public static CoverageReport of(PackSnapshot snapshot, CaseReport report) {
        List<Item> rules = new ArrayList<>();
        List<Item> rows = new ArrayList<>();
        Map<String, Set<String>> casesByArticle = new TreeMap<>();
        Map<String, Set<String>> citersByArticle = new TreeMap<>();
        for (CompiledPack pack : snapshot.packs()) {
            for (RuleInfo rule : pack.rules().values().stream().sorted(Comparator.comparing(RuleInfo::ruleId)).toList()) {
                Set<String> cases = report.casesByRule().getOrDefault(rule.ruleId(), Set.of());
                rules.add(new Item(rule.ruleId(), rule.verdict() + " in " + pack.label(), rule.file() + ":" + rule.line(), cases));
                cite(rule.citation(), rule.ruleId(), cases, casesByArticle, citersByArticle);
            }
            for (TableRow row : pack.tableRows()) {
                String id = row.file() + ":" + row.line();
                Set<String> cases = report.casesByRow().getOrDefault(id, Set.of());
                rows.add(new Item(id, row.citation() == null ? "" : article(row.citation()), id, cases));
                cite(row.citation(), id, cases, casesByArticle, citersByArticle);
            }
        }
        List<Item> articles = casesByArticle.entrySet().stream().map(e -> new Item(e.getKey(), e.getKey(),
                String.join(", ", citersByArticle.get(e.getKey())), e.getValue())).toList();
        return new CoverageReport(rules, rows, articles, report.results().size());
    }

    private static void cite(Citation citation, String citer, Set<String> cases, Map<String, Set<String>> casesByArticle,
            Map<String, Set<String>> citersByArticle) {
        if (citation != null) {
            String article = article(citation);
            casesByArticle.computeIfAbsent(article, a -> new TreeSet<>()).addAll(cases);
            citersByArticle.computeIfAbsent(article, a -> new TreeSet<>()).add(citer);
        }
    }

    private static String article(Citation citation) {
        return citation.instrument() + ", " + citation.article();
    }

    public Ratio ruleRatio() {
        return ratio(rules);
    }

    public Ratio rowRatio() {
        return ratio(rows);
    }

    public Ratio articleRatio() {
        return ratio(articles);
    }

    private static Ratio ratio(List<Item> items) {
        return new Ratio((int) items.stream().filter(Item::exercised).count(), items.size());
    }

    /** The one-line summary: {@code coverage: rules 40 of 40 (100.0%), rows ..., articles ...}. */
    public String summary() {
        return "coverage over " + cases + " cases: rules " + ruleRatio() + ", table rows " + rowRatio()
                + ", cited articles " + articleRatio();
    }

    /** Plain text: what no case exercises, grouped, then the summary line. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        section(text, "rules", rules);
        section(text, "table rows", rows);
        section(text, "cited articles", articles);
        return text.append(summary()).append('\n').toString();
    }

    private static void section(StringBuilder text, String title, List<Item> items) {
        List<Item> missing = items.stream().filter(i -> !i.exercised()).toList();
        if (missing.isEmpty()) {
            return;
        }
        text.append(title).append(" no case exercises (").append(missing.size()).append("):\n");
        for (Item item : missing) {
            text.append("  ").append(item.id());
            if (!item.where().equals(item.id())) {
                text.append("  [").append(item.where()).append(']');
            }
            if (!item.label().isEmpty() && !item.label().equals(item.id())) {
                text.append("  ").append(item.label());
            }
            text.append('\n');
        }
    }
}
