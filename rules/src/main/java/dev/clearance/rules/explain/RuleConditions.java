package dev.clearance.rules.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's {@code when} block cut into its top-level conditions, in the author's words, and each
 * plain pattern ({@code $s : StateRow( code == $j, enforcing )}) further cut into its
 * constraints, so the explainer can say which one failed.
 */
record RuleConditions(List<Condition> conditions) {

    /**
     * One top-level condition. {@code type} and {@code constraints} are set for a plain pattern
     * (possibly bound); for {@code not}, {@code exists}, {@code eval}, {@code from} and the like
     * they are null and empty, and the condition is probed whole.
     */
    record Condition(String text, String binding, String type, List<String> constraints) {

        boolean splittable() {
            return type != null;
        }

        /** The pattern with only its first {@code count} constraints. */
        String withConstraints(int count) {
            return (binding == null ? "" : binding + " : ") + type + "( " + String.join(", ", constraints.subList(0, count)) + " )";
        }
    }

    private static final Pattern WHEN = Pattern.compile("(?m)^\\s*when\\b");
    private static final Pattern THEN = Pattern.compile("(?m)^\\s*then\\b");
    private static final Pattern PLAIN = Pattern.compile("(?s)^(?:(\\$\\w+)\\s*:\\s*)?([A-Z][\\w.]*)\\s*\\((.*)\\)$");
    private static final Pattern CONTINUES = Pattern.compile("^(?:&&|\\|\\||and\\b|or\\b|from\\b|over\\b|\\.)");

    static RuleConditions parse(String ruleText) {
        Matcher when = WHEN.matcher(ruleText);
        Matcher then = THEN.matcher(ruleText);
        if (!when.find() || !then.find(when.end())) {
            throw new IllegalArgumentException("the rule has no when ... then block");
        }
        List<Condition> conditions = new ArrayList<>();
        for (String text : topLevel(stripComments(ruleText.substring(when.end(), then.start())))) {
            conditions.add(condition(text));
        }
        return new RuleConditions(List.copyOf(conditions));
    }

    private static Condition condition(String text) {
        Matcher plain = PLAIN.matcher(text);
        if (plain.matches() && balanced(plain.group(3))) {
            List<String> constraints = split(plain.group(3), ',').stream().map(String::trim).filter(c -> !c.isEmpty()).toList();
            return new Condition(text, plain.group(1), plain.group(2), constraints);
        }
        return new Condition(text, null, null, List.of());
    }

    /** Conditions end at a line break outside brackets, unless the next line continues them. */
    private static List<String> topLevel(String block) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Nesting nesting = new Nesting();
        for (int i = 0; i < block.length(); i++) {
            char c = block.charAt(i);
            nesting.take(block, i);
            if (c == '\n' && nesting.atTopLevel()) {
                String rest = block.substring(i + 1).stripLeading();
                String done = current.toString().trim();
                if (!done.isEmpty() && !CONTINUES.matcher(rest).find() && !endsWithConnector(done)) {
                    lines.add(done.replaceAll("\\s+", " "));
                    current.setLength(0);
                    continue;
                }
            }
            current.append(c);
        }
        if (!current.toString().isBlank()) {
            lines.add(current.toString().trim().replaceAll("\\s+", " "));
        }
        return lines;
    }

    private static boolean endsWithConnector(String text) {
        return text.endsWith("&&") || text.endsWith("||") || text.endsWith(" and") || text.endsWith(" or")
                || text.endsWith(",");
    }

    /** Splits at {@code separator} outside brackets and quotes. */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Nesting nesting = new Nesting();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            nesting.take(text, i);
            if (c == separator && nesting.atTopLevel()) {
                parts.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        parts.add(current.toString());
        return parts;
    }

    private static boolean balanced(String text) {
        Nesting nesting = new Nesting();
        for (int i = 0; i < text.length(); i++) {
            nesting.take(text, i);
            if (nesting.depth < 0) {
                return false;
            }
        }
        return nesting.atTopLevel();
    }

    /** Follows quotes and brackets through DRL text, one character at a time. */
    private static final class Nesting {
        private int depth;
        private boolean quoted;

        void take(String text, int i) {
            char c = text.charAt(i);
            if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '[' || c == '{')) {
                depth++;
            } else if (!quoted && (c == ')' || c == ']' || c == '}')) {
                depth--;
            }
        }

        /** True when the characters taken so far close every quote and bracket they open. */
        boolean atTopLevel() {
            return depth == 0 && !quoted;
        }
    }

    /** Removes {@code //} and {@code /* *}{@code /} comments outside quotes. */
    private static String stripComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            }
            if (!quoted && text.startsWith("//", i)) {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
                if (i < text.length()) {
                    out.append('\n');
                }
                continue;
            }
            if (!quoted && text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 1;
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }
}
