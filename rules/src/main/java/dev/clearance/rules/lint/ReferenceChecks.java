package dev.clearance.rules.lint;

import dev.clearance.rules.classify.VocabularyEntry;
import dev.clearance.rules.model.Jurisdiction;
import dev.clearance.rules.model.ProductType;
import dev.clearance.rules.pack.DrlSource;
import dev.clearance.rules.pack.SourceLines;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks that every jurisdiction, product type and category a pack names exists: in DRL
 * constraints ({@code category == "SPORTS"}, {@code ProductType.STABLECOIN_ISSUANCE},
 * {@code "US-NV"}) and in table cells. A misspelt name never fails to compile; it only makes a
 * rule silently never fire, which is why it is an error here.
 */
final class ReferenceChecks {

    /** Rules name categories through a hit's {@code category} or a classification's {@code primary}. */
    private static final Pattern CATEGORY_EQUALS = Pattern.compile("\\b(?:category|primary)\\s*(?:==|!=)\\s*\"([^\"]*)\"");
    private static final Pattern CATEGORY_IN = Pattern.compile("\\b(?:category|primary)\\s+(?:not\\s+)?in\\s*\\(([^)]*)\\)");
    private static final Pattern PRODUCT_TYPE = Pattern.compile("\\bProductType\\.(\\w+)|\\bproductType\\s*(?:==|!=)\\s*\"([^\"]*)\"");
    private static final Pattern STATE_LITERAL = Pattern.compile("\"(US-[A-Z]{2})\"");
    private static final Pattern STATE_CELL = Pattern.compile("US-[A-Z]{2}");
    private static final Pattern STRING = Pattern.compile("\"([^\"]*)\"");
    private static final Set<String> PRODUCT_TYPES = Arrays.stream(ProductType.values()).map(Enum::name)
            .collect(Collectors.toSet());

    private ReferenceChecks() {
    }

    static void check(PackText pack, Set<String> categories, List<LintFinding> findings) {
        for (DrlSource source : pack.drl()) {
            String text = pack.drlText(source);
            SourceLines lines = new SourceLines(text);
            checkDrlCategories(source.file(), text, lines, categories, findings);
            Matcher type = PRODUCT_TYPE.matcher(text);
            while (type.find()) {
                String name = type.group(1) != null ? type.group(1) : type.group(2);
                if (!PRODUCT_TYPES.contains(name)) {
                    findings.add(unknownProductType(source.file(), lines.lineAt(type.start()), 0, name));
                }
            }
            Matcher state = STATE_LITERAL.matcher(text);
            while (state.find()) {
                if (Jurisdiction.find(state.group(1)).isEmpty()) {
                    findings.add(unknownJurisdiction(source.file(), lines.lineAt(state.start()), 0, state.group(1)));
                }
            }
        }
        for (CsvTable table : pack.factTables()) {
            checkCells(table, categories, findings);
        }
    }

    private static void checkDrlCategories(String file, String text, SourceLines lines, Set<String> categories,
            List<LintFinding> findings) {
        Matcher equals = CATEGORY_EQUALS.matcher(text);
        while (equals.find()) {
            checkCategory(file, lines.lineAt(equals.start()), 0, equals.group(1), categories, findings);
        }
        Matcher in = CATEGORY_IN.matcher(text);
        while (in.find()) {
            Matcher literal = STRING.matcher(in.group(1));
            while (literal.find()) {
                checkCategory(file, lines.lineAt(in.start()), 0, literal.group(1), categories, findings);
            }
        }
    }

    private static void checkCells(CsvTable table, Set<String> categories, List<LintFinding> findings) {
        for (CsvTable.Row row : table.rows()) {
            for (int column = 0; column < table.header().size(); column++) {
                String name = table.header().get(column);
                for (String value : row.cell(column).split("\\|")) {
                    String item = value.trim();
                    if (item.isEmpty()) {
                        continue;
                    }
                    if (isCategoryColumn(name)) {
                        checkCategory(table.path(), row.line(), column + 1, item, categories, findings);
                    } else if (isProductTypeColumn(name) && !PRODUCT_TYPES.contains(item)) {
                        findings.add(unknownProductType(table.path(), row.line(), column + 1, item));
                    } else if (STATE_CELL.matcher(item).matches() && Jurisdiction.find(item).isEmpty()) {
                        findings.add(unknownJurisdiction(table.path(), row.line(), column + 1, item));
                    }
                }
            }
        }
    }

    /** Columns that hold categories by their name: {@code category}, {@code categories}, {@code *Category}, {@code *Scope}. */
    static boolean isCategoryColumn(String name) {
        return name.equals("category") || name.equals("categories") || name.endsWith("Category")
                || name.endsWith("Categories") || name.endsWith("Scope");
    }

    private static boolean isProductTypeColumn(String name) {
        return name.equals("productType") || name.equals("productTypes");
    }

    private static void checkCategory(String file, int line, int column, String category, Set<String> categories,
            List<LintFinding> findings) {
        if (category.equals(VocabularyEntry.NONE)) {
            findings.add(LintFinding.error(file, line, column, "unknown_category",
                    "Category `NONE` marks a vocabulary's stop phrases, which are evidence for no category, so "
                            + "nothing is ever classified into it; use one of " + String.join(", ", categories) + "."));
        } else if (!categories.contains(category)) {
            findings.add(LintFinding.error(file, line, column, "unknown_category",
                    "Category `" + category + "` is defined by no vocabulary table of the pack set, so nothing is ever "
                            + "classified into it; use one of " + String.join(", ", categories)
                            + " or add rows for it to a vocabulary."));
        }
    }

    private static LintFinding unknownProductType(String file, int line, int column, String name) {
        return LintFinding.error(file, line, column, "unknown_product_type",
                "Product type `" + name + "` does not exist; the product types are listed in the architecture "
                        + "document (e.g. STABLECOIN_ISSUANCE, SPOT_EXCHANGE).");
    }

    private static LintFinding unknownJurisdiction(String file, int line, int column, String code) {
        return LintFinding.error(file, line, column, "unknown_jurisdiction",
                "Jurisdiction `" + code + "` is not a US state or DC code; states are written US-XX with the postal code, e.g. US-NV.");
    }
}
