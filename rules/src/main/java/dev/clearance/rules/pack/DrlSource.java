package dev.clearance.rules.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the compiler needs to know from DRL text before Drools reads it: the package, the rule
 * names with their lines (Drools' own metadata has no line numbers), and each rule's text. Public
 * for the linter and the why-not explainer, which read rules as their authors wrote them.
 */
public record DrlSource(String file, String packageName, List<RuleText> rules) {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");
    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule\\s+\"([^\"]+)\"");
    private static final Pattern END = Pattern.compile("(?m)^\\s*end\\s*$");

    /** One rule's name, the line it starts on and its text up to its {@code end}. */
    public record RuleText(String name, int line, String text) {
    }

    public static DrlSource parse(String file, String drl) {
        Matcher pkg = PACKAGE.matcher(drl);
        String packageName = pkg.find() ? pkg.group(1) : null;
        List<RuleText> rules = new ArrayList<>();
        SourceLines lines = new SourceLines(drl);
        Matcher rule = RULE.matcher(drl);
        while (rule.find()) {
            Matcher end = END.matcher(drl);
            int stop = end.find(rule.end()) ? end.end() : drl.length();
            rules.add(new RuleText(rule.group(1), lines.lineAt(rule.start()), drl.substring(rule.start(), stop)));
        }
        return new DrlSource(file, packageName, List.copyOf(rules));
    }
}
