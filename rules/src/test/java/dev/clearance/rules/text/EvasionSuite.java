package dev.clearance.rules.text;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Disguised spellings of every PROHIBITED and REVIEW term of a list, each alone and combined,
 * placed in company names of realistic shape. A variant is caught when the matcher reports its
 * term within the span where the disguised term was placed.
 */
public final class EvasionSuite {

    /** One disguised name and where in it the disguised term sits. */
    public record Variant(TermEntry target, String disguise, String name, int termStart, int termEnd) {
    }

    /** How many variants were caught, and the ones that were not. */
    public record Result(int total, int caught, List<Variant> missed) {
    }

    private record Disguise(String name, UnaryOperator<String> apply) {
    }

    private static final List<String> CHINESE_TEMPLATES = List.of(
            "深圳市{X}科技有限公司", "上海{X}信息技术有限公司", "北京{X}咨询服务有限公司", "广州{X}网络科技有限公司");
    private static final List<String> ENGLISH_TEMPLATES = List.of(
            "{X} Holdings Ltd", "Global {X} Partners LLC", "The {X} Company", "{X} Technologies Inc.");

    private static final Map<Character, Character> CYRILLIC = lookAlikes("aаcсeеoоpрxхyуiіsѕAАBВCСEЕHНKКMМOОPРTТXХ");
    private static final Map<Character, Character> GREEK = lookAlikes("AΑBΒEΕIΙKΚMΜNΝOΟPΡTΤXΧYΥZΖoονν");
    private static final Map<Character, Character> DIGITS = lookAlikes("o0a4e3s5t7i1l1");
    private static final Map<Character, Character> SYMBOLS = lookAlikes("a@s$");

    private static final List<Disguise> LATIN = List.of(
            new Disguise("plain", UnaryOperator.identity()),
            new Disguise("upper case", text -> text.toUpperCase(Locale.ROOT)),
            new Disguise("camel case", EvasionSuite::camelCase),
            new Disguise("words hyphenated", text -> text.replace(' ', '-')),
            new Disguise("plural", EvasionSuite::plural),
            new Disguise("full width", EvasionSuite::fullWidth),
            new Disguise("mathematical bold", EvasionSuite::mathematicalBold),
            new Disguise("cyrillic look-alikes", text -> replaceAll(text, CYRILLIC)),
            new Disguise("greek look-alikes", text -> replaceAll(text.toUpperCase(Locale.ROOT), GREEK)),
            new Disguise("capital I for l", text -> text.replace('l', 'I')),
            new Disguise("zero-width spaces", text -> between(text, "\u200B")),
            new Disguise("bidi controls", text -> "\u202A" + between(text, "\u200E") + "\u202C"),
            new Disguise("soft hyphens", text -> between(text, "\u00AD")),
            new Disguise("dots", text -> between(text, ".")),
            new Disguise("spaces", text -> between(text, " ")),
            new Disguise("hyphens", text -> between(text, "-")),
            new Disguise("one digit for a letter", text -> replaceFirst(text, DIGITS)),
            new Disguise("digits for letters", text -> replaceAll(text, DIGITS)),
            new Disguise("symbols for letters", text -> replaceAll(text, SYMBOLS)),
            new Disguise("full width + zero-width", text -> between(fullWidth(text), "\u200B")),
            new Disguise("cyrillic + spaces", text -> between(replaceAll(text, CYRILLIC), " ")),
            new Disguise("digits + hyphens", text -> between(replaceAll(text, DIGITS), "-")),
            new Disguise("upper case + dots + zero-width", text -> between(between(text.toUpperCase(Locale.ROOT), "."), "\u200C")),
            new Disguise("camel case + cyrillic + one digit", text -> replaceFirst(replaceAll(camelCase(text), CYRILLIC), DIGITS)),
            new Disguise("mathematical bold + spaces", text -> between(mathematicalBold(text), " ")),
            new Disguise("plural + symbols + bidi", text -> "\u202E" + replaceAll(plural(text), SYMBOLS) + "\u202C"),
            new Disguise("full width + digits", text -> fullWidth(replaceAll(text, DIGITS))));

    private static final List<Disguise> CHINESE = List.of(
            new Disguise("plain", UnaryOperator.identity()),
            new Disguise("traditional", EvasionSuite::traditional),
            new Disguise("spaces", text -> between(text, " ")),
            new Disguise("ideographic spaces", text -> between(text, "\u3000")),
            new Disguise("hyphens", text -> between(text, "-")),
            new Disguise("middle dots", text -> between(text, "·")),
            new Disguise("zero-width joiners", text -> between(text, "\u200D")),
            new Disguise("bidi controls", text -> "\u2067" + between(text, "\u200F") + "\u2069"),
            new Disguise("traditional + spaces", text -> between(traditional(text), " ")),
            new Disguise("traditional + zero-width + hyphens", text -> between(between(traditional(text), "\u200B"), "-")),
            new Disguise("full-width punctuation", text -> between(text, "．")));

    private EvasionSuite() {
    }

    /** Every variant for the PROHIBITED and REVIEW terms of {@code entries}. */
    public static List<Variant> generate(List<TermEntry> entries) {
        List<Variant> variants = new ArrayList<>();
        int templateIndex = 0;
        for (TermEntry entry : entries) {
            if (entry.tier() == TermTier.ALLOW) {
                continue;
            }
            boolean chinese = entry.term().codePoints().anyMatch(cp -> UScript.getScript(cp) == UScript.HAN);
            for (Disguise disguise : chinese ? CHINESE : LATIN) {
                String disguised = disguise.apply().apply(entry.term());
                if (!disguise.name().equals("plain") && disguised.equals(entry.term())) {
                    continue;
                }
                templateIndex++;
                variants.add(place(entry, disguise, disguised, CHINESE_TEMPLATES.get(templateIndex % CHINESE_TEMPLATES.size())));
                List<String> second = chinese ? CHINESE_TEMPLATES : ENGLISH_TEMPLATES;
                variants.add(place(entry, disguise, disguised, second.get((templateIndex + 1) % second.size())));
            }
        }
        return variants;
    }

    /** Runs every variant through {@code matcher}. */
    public static Result run(TermMatcher matcher, List<Variant> variants) {
        List<Variant> missed = variants.stream().filter(variant -> !isCaught(matcher, variant)).toList();
        return new Result(variants.size(), variants.size() - missed.size(), missed);
    }

    /** The number of distinct disguises the suite applies. */
    public static int disguiseCount() {
        return LATIN.size() + CHINESE.size();
    }

    private static boolean isCaught(TermMatcher matcher, Variant variant) {
        return matcher.find("name", variant.name()).stream().anyMatch(hit -> hit.entry().equals(variant.target())
                && hit.start() >= variant.termStart() && hit.end() <= variant.termEnd());
    }

    private static Variant place(TermEntry entry, Disguise disguise, String disguised, String template) {
        int at = template.indexOf("{X}");
        String name = template.substring(0, at) + disguised + template.substring(at + 3);
        return new Variant(entry, disguise.name(), name, at, at + disguised.length());
    }

    private static Map<Character, Character> lookAlikes(String pairs) {
        Map<Character, Character> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length(); i += 2) {
            map.put(pairs.charAt(i), pairs.charAt(i + 1));
        }
        return map;
    }

    private static String replaceAll(String text, Map<Character, Character> map) {
        return text.chars().mapToObj(c -> String.valueOf(map.getOrDefault((char) c, (char) c))).collect(Collectors.joining());
    }

    private static String replaceFirst(String text, Map<Character, Character> map) {
        for (int i = 0; i < text.length(); i++) {
            Character replacement = map.get(text.charAt(i));
            if (replacement != null) {
                return text.substring(0, i) + replacement + text.substring(i + 1);
            }
        }
        return text;
    }

    /** Inserts {@code separator} between letters (not around the spaces that split words). */
    private static String between(String text, String separator) {
        StringBuilder out = new StringBuilder();
        int[] codePoints = text.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            out.appendCodePoint(codePoints[i]);
            if (i + 1 < codePoints.length && codePoints[i] != ' ' && codePoints[i + 1] != ' ') {
                out.append(separator);
            }
        }
        return out.toString();
    }

    private static String camelCase(String text) {
        return Arrays.stream(text.split("[ -]"))
                .map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))
                .collect(Collectors.joining());
    }

    private static String plural(String text) {
        return text.endsWith("y") ? text.substring(0, text.length() - 1) + "ies" : text + "s";
    }

    private static String fullWidth(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c == ' ' ? '\u3000' : c > ' ' && c < 0x7F ? (char) (c - 0x21 + 0xFF01) : c);
        }
        return out.toString();
    }

    private static String mathematicalBold(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= 'A' && c <= 'Z') {
                out.appendCodePoint(0x1D400 + c - 'A');
            } else if (c >= 'a' && c <= 'z') {
                out.appendCodePoint(0x1D41A + c - 'a');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String traditional(String text) {
        return Transliterator.getInstance("Simplified-Traditional").transliterate(text);
    }
}
